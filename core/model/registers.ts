import { z } from 'zod';
import { lazySchema } from './lazy-schema';
import { assetSchema, supplierSchema } from './register-schemas/assets';
import { auditSchema, findingSchema } from './register-schemas/audits';
import {
  climateChangeSchema,
  contextIssueSchema,
  interestedPartySchema,
  legalRequirementSchema,
} from './register-schemas/context';
import { incidentSchema } from './register-schemas/incidents';
import { improvementSchema, nonconformitySchema } from './register-schemas/improvement';
import { acknowledgementSchema, competenceRecordSchema } from './register-schemas/people';
import { measurementSchema, metricSchema, objectiveSchema } from './register-schemas/performance';
import { managementReviewSchema } from './register-schemas/reviews';
import { riskMethodSchema, riskSchema, treatmentActionSchema } from './register-schemas/risks';
import { soaEntrySchema } from './register-schemas/soa';

// Registers hold the ISMS records. Every entry carries its own short id (R-001, A-001...) that is
// never reused: `nextIds` remembers, per register, the next number to hand out even after the
// highest entry is deleted. The entry schemas live in ./register-schemas, one file per area.

export * from './register-schemas/assets';
export * from './register-schemas/audits';
export * from './register-schemas/common';
export * from './register-schemas/context';
export * from './register-schemas/improvement';
export * from './register-schemas/incidents';
export * from './register-schemas/people';
export * from './register-schemas/performance';
export * from './register-schemas/reviews';
export * from './register-schemas/risks';
export * from './register-schemas/soa';

/** The list registers, by their key in `registers`; each becomes registers/<name>.json on disk. */
export const registerListShapes = {
  contextIssues: lazySchema(() => z.array(contextIssueSchema).default(() => [])),
  interestedParties: lazySchema(() => z.array(interestedPartySchema).default(() => [])),
  legalRequirements: lazySchema(() => z.array(legalRequirementSchema).default(() => [])),
  assets: lazySchema(() => z.array(assetSchema).default(() => [])),
  suppliers: lazySchema(() => z.array(supplierSchema).default(() => [])),
  risks: lazySchema(() => z.array(riskSchema).default(() => [])),
  treatments: lazySchema(() => z.array(treatmentActionSchema).default(() => [])),
  soa: lazySchema(() => z.array(soaEntrySchema).default(() => [])),
  objectives: lazySchema(() => z.array(objectiveSchema).default(() => [])),
  metrics: lazySchema(() => z.array(metricSchema).default(() => [])),
  measurements: lazySchema(() => z.array(measurementSchema).default(() => [])),
  competence: lazySchema(() => z.array(competenceRecordSchema).default(() => [])),
  acknowledgements: lazySchema(() => z.array(acknowledgementSchema).default(() => [])),
  incidents: lazySchema(() => z.array(incidentSchema).default(() => [])),
  audits: lazySchema(() => z.array(auditSchema).default(() => [])),
  findings: lazySchema(() => z.array(findingSchema).default(() => [])),
  nonconformities: lazySchema(() => z.array(nonconformitySchema).default(() => [])),
  improvements: lazySchema(() => z.array(improvementSchema).default(() => [])),
  managementReviews: lazySchema(() => z.array(managementReviewSchema).default(() => [])),
};

export type RegisterKey = keyof typeof registerListShapes;
export const REGISTER_KEYS = Object.keys(registerListShapes) as RegisterKey[];

export const registersSchema = lazySchema(() =>
  z.object({
    riskMethod: riskMethodSchema.prefault(() => ({})),
    climateChange: climateChangeSchema.prefault(() => ({})),
    /** The next number to hand out per register key; ids below it are never handed out again. */
    nextIds: z.record(z.string(), z.number().int().min(1)).default(() => ({})),
    ...registerListShapes,
  }),
);

export type Registers = z.infer<typeof registersSchema>;
export type RegisterEntry<K extends RegisterKey> = Registers[K][number];
