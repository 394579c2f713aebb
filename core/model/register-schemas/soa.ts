import { z } from 'zod';
import { lazySchema } from '../lazy-schema';
import { controlId, personRef, text } from './common';

export const IMPLEMENTATION_STATUSES = [
  'implemented',
  'partially-implemented',
  'planned',
  'not-implemented',
] as const;

/** Reasons a user records; "risk treatment" is derived from the risks that select the control. */
export const SOA_REASONS = ['legal', 'contractual', 'business', 'best-practice'] as const;

/**
 * The Statement of Applicability decision for one Annex A control. `applicable` is null while
 * undecided. Linked risks, actions and documents are derived, never stored.
 */
export const soaEntrySchema = lazySchema(() =>
  z.object({
    control: controlId,
    applicable: z.boolean().nullable().default(null),
    reasons: z.array(z.enum(SOA_REASONS)).default(() => []),
    justification: text.default(''),
    implementation: z.enum(IMPLEMENTATION_STATUSES).nullable().default(null),
    owner: personRef,
    howImplemented: text.default(''),
    evidence: text.default(''),
  }),
);

export type SoaEntry = z.infer<typeof soaEntrySchema>;
