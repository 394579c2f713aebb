import { z } from 'zod';
import { lazySchema } from '../lazy-schema';
import { entryId, isoDate, optionalDate, text } from './common';

export const COMPETENCE_KINDS = ['competence', 'training', 'awareness'] as const;

/** 7.2, 7.3: a competence requirement met, a course taken or an awareness session attended. */
export const competenceRecordSchema = lazySchema(() =>
  z.object({
    id: entryId,
    /** A person's id; blank in workspaces from before people were required here. */
    person: text,
    kind: z.enum(COMPETENCE_KINDS).default('competence'),
    requirement: text.min(1),
    evidence: text.default(''),
    date: optionalDate,
    renewBy: optionalDate,
  }),
);

/** 7.3, 5.10: who acknowledged which version of which policy, and when. */
export const acknowledgementSchema = lazySchema(() =>
  z.object({
    id: entryId,
    person: z.string().trim().min(1),
    document: z.string().trim().min(1),
    version: z.string().regex(/^\d+\.\d+$/, 'expected a version such as 1.0'),
    acknowledgedOn: isoDate,
  }),
);
