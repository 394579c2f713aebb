import { z } from 'zod';
import {
  carriedActionSchema,
  managementReviewSchema,
  REVIEW_INPUTS,
  reviewActionSchema,
  reviewFigureSchema,
} from '../model/registers';
import { isoDateInput } from './input-checks';

// Management reviews (9.3): figures drawn from the registers at the meeting date and frozen with
// the record. Spread into apiContract in contract.ts.

const dir = z.string().min(1, 'a workspace folder is required');
const reviewId = z.string().min(1);
const figures = z.partialRecord(z.enum(REVIEW_INPUTS), z.array(reviewFigureSchema));

export const figureChangeSchema = z.object({
  input: z.enum(REVIEW_INPUTS),
  label: z.string(),
  recorded: z.number(),
  now: z.number(),
});

/** What a user may change in a held review: never its date or its frozen figures. */
export const reviewPatchSchema = z
  .object({
    chair: z.string().min(1).nullable(),
    attendees: z.array(z.string().min(1)),
    inputs: z.partialRecord(z.enum(REVIEW_INPUTS), z.string()),
    decisions: z.array(z.string()),
    actions: z.array(reviewActionSchema),
    carriedForward: z.array(carriedActionSchema),
  })
  .partial()
  .strict();

const reviewView = z.object({
  review: managementReviewSchema,
  /** The same figures as today's registers give them for the review's date. */
  live: figures,
  /** Where those differ from the frozen ones; the record itself is not changed. */
  changes: z.array(figureChangeSchema),
});

export const reviewsContract = {
  /** The figures and carried-forward actions a review held on `date` would start with. */
  'reviews.prepare': {
    input: z.object({ dir, date: isoDateInput }),
    output: z.object({ asOf: z.string(), figures, carriedForward: z.array(carriedActionSchema) }),
  },
  /**
   * Records a review for `date`: draws the figures for 9.3.2 a) to g) from the registers and
   * freezes them with the record, and carries forward the open actions of earlier reviews.
   */
  'reviews.create': {
    input: z.object({
      dir,
      date: isoDateInput,
      chair: z.string().min(1).nullable().optional(),
      attendees: z.array(z.string().min(1)).optional(),
    }),
    output: reviewView,
  },
  /** One review with its frozen figures and where today's registers now differ from them. */
  'reviews.get': { input: z.object({ dir, id: reviewId }), output: reviewView },
  /** Saves the discussion, decisions, actions and attendance; the figures stay as frozen. */
  'reviews.update': {
    input: z.object({ dir, id: reviewId, patch: reviewPatchSchema }),
    output: reviewView,
  },
  /**
   * Moves a review to another date and draws its figures again for that date, replacing the
   * frozen ones: only on an explicit request, for a review recorded with the wrong date.
   */
  'reviews.redraw': {
    input: z.object({ dir, id: reviewId, date: isoDateInput }),
    output: reviewView,
  },
} as const;
