import { z } from 'zod';
import { lazySchema } from '../lazy-schema';
import { entryId, isoDate, optionalDate, personRef, text } from './common';

export const REVIEW_INPUTS = ['a', 'b', 'c', 'd', 'e', 'f', 'g'] as const;
export type ReviewInput = (typeof REVIEW_INPUTS)[number];

export const reviewActionSchema = lazySchema(() =>
  z.object({
    action: text.min(1),
    owner: personRef,
    dueDate: optionalDate,
    status: z.enum(['open', 'done', 'cancelled']).default('open'),
  }),
);

/** A figure drawn from the registers, e.g. { label: 'Open nonconformities', value: 2 }. */
export const reviewFigureSchema = lazySchema(() =>
  z.object({ label: text.min(1), value: z.number() }),
);

/** An action of an earlier review still open at this one, with what was said about it. */
export const carriedActionSchema = lazySchema(() =>
  z.object({
    review: entryId,
    action: text.min(1),
    status: z.enum(['open', 'done', 'cancelled']).default('open'),
    note: text.default(''),
  }),
);

/**
 * 9.3: a management review. `figures` are drawn from the registers as at the meeting date and
 * frozen with the record (`figuresAsOf`), so later register changes do not rewrite past minutes.
 */
export const managementReviewSchema = lazySchema(() =>
  z.object({
    id: entryId,
    date: isoDate,
    chair: personRef,
    attendees: z.array(z.string()).default(() => []),
    /** Discussion notes keyed by 9.3.2 input letter (a-g). */
    inputs: z.partialRecord(z.enum(REVIEW_INPUTS), text).default(() => ({})),
    figures: z
      .partialRecord(z.enum(REVIEW_INPUTS), z.array(reviewFigureSchema))
      .default(() => ({})),
    figuresAsOf: optionalDate,
    decisions: z.array(text).default(() => []),
    actions: z.array(reviewActionSchema).default(() => []),
    carriedForward: z.array(carriedActionSchema).default(() => []),
  }),
);

export type ManagementReview = z.infer<typeof managementReviewSchema>;
export type ReviewFigure = z.infer<typeof reviewFigureSchema>;
