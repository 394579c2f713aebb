import { z } from 'zod';
import { lazySchema } from './lazy-schema';

const isoDate = lazySchema(() =>
  z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'expected a date as YYYY-MM-DD'),
);

/** One approval of a document: who approved which version, when and why. */
export const approvalSchema = lazySchema(() =>
  z.object({
    version: z.string().regex(/^\d+\.\d+$/, 'expected a version such as 1.0'),
    date: isoDate,
    /** Person id of the approver. */
    approver: z.string().min(1),
    /** Person id of the author (the document's owner at approval), kept for the register. */
    author: z.string().nullable().default(null),
    reason: z.string().trim().min(1),
  }),
);

export type Approval = z.infer<typeof approvalSchema>;
