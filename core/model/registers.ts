import { z } from 'zod';

// Registers hold the ISMS records that templates render as tables. Every entry carries its own
// short id (R-001, A-001...) so documents, the SoA and the readiness view can cross-reference it.

const text = z.string().trim();
const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'expected a date as YYYY-MM-DD');
const entryId = z.string().regex(/^[A-Z]{1,4}-\d{3}$/, 'expected an id such as R-001');
const score = z.number().int().min(1).max(5);

export const contextIssueSchema = z.object({
  id: entryId,
  type: z.enum(['internal', 'external']),
  issue: text.min(1),
  effect: text.default(''),
});

export const interestedPartySchema = z.object({
  id: entryId,
  party: text.min(1),
  requirements: text.default(''),
  addressedBy: text.default(''),
});

export const assetSchema = z.object({
  id: entryId,
  name: text.min(1),
  type: z.enum(['information', 'software', 'hardware', 'service', 'people', 'site']),
  owner: z.string().nullable().default(null),
  classification: text.default(''),
  location: text.default(''),
});

export const RISK_TREATMENTS = ['modify', 'retain', 'avoid', 'share'] as const;

export const riskSchema = z.object({
  id: entryId,
  title: text.min(1),
  description: text.default(''),
  assets: z.array(entryId).default([]),
  owner: z.string().nullable().default(null),
  likelihood: score,
  impact: score,
  treatment: z.enum(RISK_TREATMENTS).default('modify'),
  controls: z.array(text).default([]),
  residualLikelihood: score.nullable().default(null),
  residualImpact: score.nullable().default(null),
  acceptedBy: z.string().nullable().default(null),
  acceptedOn: isoDate.nullable().default(null),
});

export const treatmentActionSchema = z.object({
  id: entryId,
  risk: entryId,
  action: text.min(1),
  owner: z.string().nullable().default(null),
  dueDate: isoDate.nullable().default(null),
  status: z.enum(['planned', 'in-progress', 'done', 'cancelled']).default('planned'),
});

export const IMPLEMENTATION_STATUSES = [
  'implemented',
  'partially-implemented',
  'planned',
  'not-implemented',
] as const;

export const soaEntrySchema = z.object({
  control: text.min(1),
  applicable: z.boolean(),
  justification: text.default(''),
  implementation: z.enum(IMPLEMENTATION_STATUSES).default('not-implemented'),
  evidence: text.default(''),
});

export const objectiveSchema = z.object({
  id: entryId,
  objective: text.min(1),
  measure: text.default(''),
  target: text.default(''),
  owner: z.string().nullable().default(null),
  resources: text.default(''),
  dueDate: isoDate.nullable().default(null),
  status: z
    .enum(['not-started', 'on-track', 'at-risk', 'achieved', 'missed'])
    .default('not-started'),
});

export const competenceRecordSchema = z.object({
  id: entryId,
  person: z.string(),
  requirement: text.min(1),
  evidence: text.default(''),
  date: isoDate.nullable().default(null),
});

export const auditSchema = z.object({
  id: entryId,
  title: text.min(1),
  scope: text.default(''),
  auditor: text.default(''),
  plannedDate: isoDate.nullable().default(null),
  completedDate: isoDate.nullable().default(null),
  summary: text.default(''),
  findings: z
    .array(
      z.object({
        type: z.enum(['major', 'minor', 'observation', 'opportunity']),
        clause: text.default(''),
        description: text.min(1),
      }),
    )
    .default([]),
});

export const nonconformitySchema = z.object({
  id: entryId,
  raisedOn: isoDate,
  source: text.default(''),
  description: text.min(1),
  rootCause: text.default(''),
  correction: text.default(''),
  correctiveAction: text.default(''),
  owner: z.string().nullable().default(null),
  dueDate: isoDate.nullable().default(null),
  status: z.enum(['open', 'in-progress', 'closed']).default('open'),
});

export const managementReviewSchema = z.object({
  id: entryId,
  date: isoDate,
  chair: z.string().nullable().default(null),
  attendees: z.array(z.string()).default([]),
  /** Discussion notes keyed by 9.3.2 input letter (a-g). */
  inputs: z.partialRecord(z.enum(['a', 'b', 'c', 'd', 'e', 'f', 'g']), text).default({}),
  decisions: z.array(text).default([]),
  actions: z
    .array(
      z.object({
        action: text.min(1),
        owner: z.string().nullable().default(null),
        dueDate: isoDate.nullable().default(null),
      }),
    )
    .default([]),
});

export const riskMethodSchema = z
  .object({
    likelihoodLabels: z
      .array(text)
      .length(5)
      .default(['Rare', 'Unlikely', 'Possible', 'Likely', 'Almost certain']),
    impactLabels: z
      .array(text)
      .length(5)
      .default(['Negligible', 'Minor', 'Moderate', 'Major', 'Severe']),
    /** Risks scoring at or below this (likelihood x impact) may be accepted by the risk owner. */
    acceptanceThreshold: z.number().int().min(1).max(24).default(6),
    /** Risks scoring at or above this are rated High; between the two, Medium. */
    highThreshold: z.number().int().min(2).max(25).default(15),
  })
  .refine((m) => m.highThreshold > m.acceptanceThreshold, {
    message: 'the High band must start above the acceptance threshold',
    path: ['highThreshold'],
  });

export const registersSchema = z.object({
  riskMethod: riskMethodSchema.prefault({}),
  contextIssues: z.array(contextIssueSchema).default([]),
  interestedParties: z.array(interestedPartySchema).default([]),
  assets: z.array(assetSchema).default([]),
  risks: z.array(riskSchema).default([]),
  treatments: z.array(treatmentActionSchema).default([]),
  soa: z.array(soaEntrySchema).default([]),
  objectives: z.array(objectiveSchema).default([]),
  competence: z.array(competenceRecordSchema).default([]),
  audits: z.array(auditSchema).default([]),
  nonconformities: z.array(nonconformitySchema).default([]),
  managementReviews: z.array(managementReviewSchema).default([]),
});

export type Registers = z.infer<typeof registersSchema>;
export type Risk = z.infer<typeof riskSchema>;
export type SoaEntry = z.infer<typeof soaEntrySchema>;
export type ManagementReview = z.infer<typeof managementReviewSchema>;
