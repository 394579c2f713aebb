import { z } from 'zod';
import { lazySchema } from './lazy-schema';
import { approvalSchema } from './approval';
import { policyDecisionsSchema } from './policy-decisions';
import { registersSchema } from './registers';
import { brandingSchema } from './branding';
import { ROLE_KEYS, roleSetupSchema } from './roles';

export const CURRENT_SCHEMA_VERSION = 2;

const text = lazySchema(() => z.string().trim());
const isoDate = lazySchema(() =>
  z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'expected a date as YYYY-MM-DD'),
);

export const locationSchema = lazySchema(() =>
  z.object({
    name: text.min(1),
    address: text.default(''),
    inScope: z.boolean().default(true),
  }),
);

export const exclusionSchema = lazySchema(() =>
  z.object({
    item: text.min(1),
    justification: text.default(''),
  }),
);

export const interfaceSchema = lazySchema(() =>
  z.object({
    party: text.min(1),
    description: text.default(''),
  }),
);

export const scopeSchema = lazySchema(() =>
  z.object({
    statement: text.default(''),
    inScope: z.array(text.min(1)).default(() => []),
    outOfScope: z.array(exclusionSchema).default(() => []),
    interfaces: z.array(interfaceSchema).default(() => []),
  }),
);

export const classificationLevelSchema = lazySchema(() =>
  z.object({
    name: text.min(1),
    description: text.default(''),
  }),
);

export const classificationSchema = lazySchema(() =>
  z
    .object({
      levels: z.array(classificationLevelSchema).min(1),
      default: text.min(1),
    })
    .refine((value) => value.levels.some((level) => level.name === value.default), {
      message: 'the default classification must be one of the levels',
      path: ['default'],
    }),
);

/** A new workspace's classification scheme; a function, so no two workspaces share its lists. */
const defaultClassification = () => ({
  levels: [
    { name: 'Public', description: 'Approved for release outside the organisation.' },
    { name: 'Internal', description: 'For staff and contractors; limited harm if disclosed.' },
    { name: 'Confidential', description: 'Restricted to named groups; serious harm if disclosed.' },
    { name: 'Restricted', description: 'Named individuals only; severe harm if disclosed.' },
  ],
  default: 'Internal',
});

export const organisationSchema = lazySchema(() =>
  z.object({
    name: text.default(''),
    legalName: text.default(''),
    shortName: text.default(''),
    description: text.default(''),
    address: text.default(''),
    website: text.default(''),
    industry: text.default(''),
    headcount: z.number().int().nonnegative().nullable().default(null),
    locations: z.array(locationSchema).default(() => []),
    scope: scopeSchema.prefault(() => ({})),
    documentIdPrefix: z
      .string()
      .regex(/^[A-Z][A-Z0-9]{1,11}$/, 'use 2-12 capital letters or digits, starting with a letter')
      .default('ISMS'),
    classification: classificationSchema.default(defaultClassification),
    reviewCycleMonths: z.number().int().min(1).max(36).default(12),
    logo: text.nullable().default(null),
  }),
);

export const personSchema = lazySchema(() =>
  z.object({
    id: z.string().regex(/^[a-z0-9][a-z0-9-]*$/, 'use lower-case letters, digits and hyphens'),
    name: text.min(1, 'a name is required'),
    jobTitle: text.default(''),
    email: text.default(''),
  }),
);

export { ROLE_KEYS, ROLE_TITLES, type RoleKey } from './roles';

export const rolesSchema = lazySchema(() =>
  z.partialRecord(z.enum(ROLE_KEYS), z.string().nullable()),
);

/** Operational parameters that topic policies quote; defaults are sensible for a small firm. */
export const policyParametersSchema = lazySchema(() =>
  z.object({
    passwordMinLength: z.number().int().min(8).max(64).default(12),
    mfaRequired: z.boolean().default(true),
    accessReviewMonths: z.number().int().min(1).max(24).default(3),
    screenLockMinutes: z.number().int().min(1).max(60).default(5),
    backupFrequency: text.default('daily'),
    backupRetentionDays: z.number().int().min(1).default(35),
    restoreTestMonths: z.number().int().min(1).max(24).default(6),
    logRetentionDays: z.number().int().min(1).default(365),
    patchCriticalDays: z.number().int().min(1).default(14),
    patchHighDays: z.number().int().min(1).default(30),
    incidentReportHours: z.number().int().min(1).default(24),
    dataBreachNotifyHours: z.number().int().min(1).default(72),
    recordRetentionYears: z.number().int().min(1).default(3),
    trainingCycleMonths: z.number().int().min(1).max(36).default(12),
    supplierReviewMonths: z.number().int().min(1).max(36).default(12),
    encryptionAtRest: text.default('AES-256'),
    encryptionInTransit: text.default('TLS 1.2 or later'),
    rtoHours: z.number().int().min(1).default(24),
    rpoHours: z.number().int().min(1).default(24),
  }),
);

export const DOCUMENT_KINDS = [
  'policy',
  'procedure',
  'plan',
  'record',
  'register',
  'report',
] as const;
export type DocumentKind = (typeof DOCUMENT_KINDS)[number];

export const DOCUMENT_STATUSES = ['draft', 'review', 'approved', 'obsolete'] as const;
export type DocumentStatus = (typeof DOCUMENT_STATUSES)[number];

export const documentIdSchema = lazySchema(() =>
  z.string().regex(/^[A-Z][A-Z0-9]{1,11}-[A-Z]{3}-\d{3}$/, 'expected an ID such as ISMS-POL-001'),
);

export const versionSchema = lazySchema(() =>
  z.string().regex(/^\d+\.\d+$/, 'expected a version such as 1.0'),
);

export const revisionSchema = lazySchema(() =>
  z.object({
    version: versionSchema,
    date: isoDate,
    author: text.default(''),
    description: text.min(1),
  }),
);

export const documentMetaSchema = lazySchema(() =>
  z.object({
    id: documentIdSchema,
    templateId: text.min(1),
    title: text.min(1),
    kind: z.enum(DOCUMENT_KINDS),
    status: z.enum(DOCUMENT_STATUSES).default('draft'),
    version: versionSchema.default('0.1'),
    owner: z.string().nullable().default(null),
    approver: z.string().nullable().default(null),
    classification: text.min(1),
    clauses: z.array(text).default(() => []),
    controls: z.array(text).default(() => []),
    createdAt: isoDate,
    updatedAt: isoDate,
    approvedAt: isoDate.nullable().default(null),
    nextReviewDate: isoDate.nullable().default(null),
    revisions: z.array(revisionSchema).default(() => []),
    /** Every approval, oldest first; each approved version is frozen in history/. */
    approvals: z.array(approvalSchema).default(() => []),
    /** The date a record speaks for (assessment, meeting, audit), printed instead of the export date. */
    recordDate: isoDate.nullable().default(null),
    withdrawnAt: isoDate.nullable().default(null),
  }),
);

export const settingsSchema = lazySchema(() =>
  z.object({
    theme: z.enum(['system', 'light', 'dark']).default('system'),
    /** Lets a document's owner approve it; off by default, as ISO/IEC 27001 practice expects. */
    allowSelfApproval: z.boolean().default(false),
  }),
);

export const workspaceSchema = lazySchema(() =>
  z.object({
    schemaVersion: z.literal(CURRENT_SCHEMA_VERSION),
    organisation: organisationSchema.prefault(() => ({})),
    people: z.array(personSchema).default(() => []),
    roles: rolesSchema.default(() => ({})),
    /** Custom roles and the fixed roles marked not applicable (see roles.ts). */
    roleSetup: roleSetupSchema.prefault(() => ({})),
    parameters: policyParametersSchema.prefault(() => ({})),
    confirmedDecisions: policyDecisionsSchema.default(() => ({})),
    settings: settingsSchema.prefault(() => ({})),
    registers: registersSchema.prefault(() => ({})),
    documents: z.array(documentMetaSchema).default(() => []),
    /** IDs of deleted drafts: never given to another document. */
    retiredDocumentIds: z.array(documentIdSchema).default(() => []),
    branding: brandingSchema.prefault(() => ({})),
  }),
);

export type Location = z.infer<typeof locationSchema>;
export type Organisation = z.infer<typeof organisationSchema>;
export type Person = z.infer<typeof personSchema>;
export type Roles = z.infer<typeof rolesSchema>;
export type PolicyParameters = z.infer<typeof policyParametersSchema>;
export type Revision = z.infer<typeof revisionSchema>;
export type DocumentMeta = z.infer<typeof documentMetaSchema>;
export type Workspace = z.infer<typeof workspaceSchema>;
