import { z } from 'zod';
import { lazySchema } from '../lazy-schema';
import { entryId, optionalDate, personRef, text } from './common';

export const OBJECTIVE_STATUSES = [
  'not-started',
  'on-track',
  'at-risk',
  'achieved',
  'missed',
] as const;

/** 6.2: an information security objective, what will be done and how results are evaluated. */
export const objectiveSchema = lazySchema(() =>
  z.object({
    id: entryId,
    objective: text.min(1),
    plan: text.default(''),
    measure: text.default(''),
    target: text.default(''),
    owner: personRef,
    resources: text.default(''),
    dueDate: optionalDate,
    evaluation: text.default(''),
    status: z.enum(OBJECTIVE_STATUSES).default('not-started'),
  }),
);

export const FREQUENCIES = ['weekly', 'monthly', 'quarterly', 'half-yearly', 'yearly'] as const;

/** 9.1: what is measured, how, how often and by whom; results are their own register. */
export const metricSchema = lazySchema(() =>
  z.object({
    id: entryId,
    name: text.min(1),
    objective: entryId.nullable().default(null),
    method: text.default(''),
    frequency: z.enum(FREQUENCIES).default('monthly'),
    target: text.default(''),
    owner: personRef,
    analysedBy: personRef,
  }),
);

/** 9.1: one dated result of a metric. */
export const measurementSchema = lazySchema(() =>
  z.object({
    id: entryId,
    metric: entryId,
    date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'expected a date as YYYY-MM-DD'),
    value: text.min(1),
    onTarget: z.boolean().nullable().default(null),
    note: text.default(''),
  }),
);

export type Objective = z.infer<typeof objectiveSchema>;
export type Metric = z.infer<typeof metricSchema>;
export type Measurement = z.infer<typeof measurementSchema>;
