import { z } from 'zod';
import { lazySchema } from '../lazy-schema';
import { entryId, optionalDate, text } from './common';

export const AUDIT_STATUSES = ['planned', 'in-progress', 'completed', 'cancelled'] as const;

/** 9.2: one audit of the internal audit programme; its findings are their own register. */
export const auditSchema = lazySchema(() =>
  z.object({
    id: entryId,
    title: text.min(1),
    objectives: text.default(''),
    criteria: text.default(''),
    scope: text.default(''),
    auditor: text.default(''),
    auditees: text.default(''),
    plannedDate: optionalDate,
    completedDate: optionalDate,
    status: z.enum(AUDIT_STATUSES).default('planned'),
    summary: text.default(''),
  }),
);

export const FINDING_TYPES = ['major', 'minor', 'observation', 'opportunity'] as const;

/** 9.2: a finding of an audit, with the evidence it rests on. */
export const findingSchema = lazySchema(() =>
  z.object({
    id: entryId,
    audit: entryId,
    type: z.enum(FINDING_TYPES),
    clause: text.default(''),
    description: text.min(1),
    evidence: text.default(''),
    nonconformity: entryId.nullable().default(null),
  }),
);
