import { z } from 'zod';

// The readiness report: what a Stage 1 auditor would find missing, requirement by requirement.
// Schemas (not only types) because the report crosses the API boundary and goes into the pack.

/** Where the user goes to fix a finding; the UI turns it into a link. */
export const fixTargetSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('document'), id: z.string() }),
  z.object({ kind: z.literal('template'), templateId: z.string() }),
  z.object({ kind: z.literal('register'), register: z.string(), entry: z.string().nullable() }),
  z.object({ kind: z.literal('profile'), section: z.string() }),
]);

export const DOCUMENT_STATES = [
  'missing',
  'broken',
  'unfilled',
  'draft',
  'changed',
  'overdue',
  'current',
] as const;
export type DocumentState = (typeof DOCUMENT_STATES)[number];

export const SEVERITIES = ['blocker', 'advice'] as const;
export type Severity = (typeof SEVERITIES)[number];

export const findingSchema = z.object({
  /** The rule that raised it, stable for scripts: `document.draft`, `soa.undecided`... */
  rule: z.string(),
  severity: z.enum(SEVERITIES),
  /** The requirement it belongs to: a clause (`6.1.3`) or an Annex A theme (`A.5`). */
  requirement: z.string(),
  message: z.string(),
  /** What to do about it, in one short sentence. */
  action: z.string(),
  target: fixTargetSchema,
});

export const expectedDocumentSchema = z.object({
  label: z.string(),
  templateId: z.string(),
  documentId: z.string().nullable(),
  state: z.enum(DOCUMENT_STATES),
  /** Why the state is what it is (unfilled count, review date...). */
  detail: z.string(),
});

export const requirementResultSchema = z.object({
  id: z.string(),
  title: z.string(),
  area: z.string(),
  expected: z.array(expectedDocumentSchema),
  checks: z.number(),
  passed: z.number(),
  /** 0-100; null when nothing here can be checked by a machine (interview evidence). */
  score: z.number().nullable(),
  findings: z.array(findingSchema),
});

export const areaScoreSchema = z.object({
  id: z.string(),
  title: z.string(),
  score: z.number(),
  blockers: z.number(),
});

export const readinessReportSchema = z.object({
  /** The date the report was computed for (review dates are compared with it). */
  date: z.string(),
  score: z.number(),
  /** True only when nothing blocks Stage 1; an empty workspace is never ready. */
  ready: z.boolean(),
  blockers: z.number(),
  advice: z.number(),
  areas: z.array(areaScoreSchema),
  requirements: z.array(requirementResultSchema),
  nextSteps: z.array(findingSchema),
});

export type FixTarget = z.infer<typeof fixTargetSchema>;
export type Finding = z.infer<typeof findingSchema>;
export type ExpectedDocument = z.infer<typeof expectedDocumentSchema>;
export type RequirementResult = z.infer<typeof requirementResultSchema>;
export type AreaScore = z.infer<typeof areaScoreSchema>;
export type ReadinessReport = z.infer<typeof readinessReportSchema>;
