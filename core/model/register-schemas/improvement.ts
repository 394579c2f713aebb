import { z } from 'zod';
import { lazySchema } from '../lazy-schema';
import { entryId, isoDate, optionalDate, personRef, text } from './common';

/** 10.2: a nonconformity, its correction, corrective action and the check that it worked. */
export const nonconformitySchema = lazySchema(() =>
  z.object({
    id: entryId,
    raisedOn: isoDate,
    source: text.default(''),
    grade: z.enum(['major', 'minor']).nullable().default(null),
    description: text.min(1),
    rootCause: text.default(''),
    correction: text.default(''),
    correctiveAction: text.default(''),
    owner: personRef,
    dueDate: optionalDate,
    status: z.enum(['open', 'in-progress', 'closed']).default('open'),
    verifiedBy: personRef,
    verifiedOn: optionalDate,
    effective: z.boolean().nullable().default(null),
    verificationNote: text.default(''),
    closedOn: optionalDate,
  }),
);

export const IMPROVEMENT_STATUSES = [
  'proposed',
  'accepted',
  'in-progress',
  'implemented',
  'rejected',
] as const;

/** 10.1: an opportunity for improvement and what came of it. */
export const improvementSchema = lazySchema(() =>
  z.object({
    id: entryId,
    raisedOn: isoDate,
    source: text.default(''),
    description: text.min(1),
    owner: personRef,
    status: z.enum(IMPROVEMENT_STATUSES).default('proposed'),
    outcome: text.default(''),
    completedOn: optionalDate,
  }),
);
