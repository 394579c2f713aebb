import { REVIEW_INPUTS, type ReviewInput } from '../model/registers';
import type { ReviewFigures } from './review-figures';

export type FigureChange = {
  readonly input: ReviewInput;
  readonly label: string;
  /** As frozen with the review. */
  readonly recorded: number;
  /** As the registers give it today for the same date. */
  readonly now: number;
};

/**
 * Where today's registers give a different value than the one frozen with a review. Only the
 * figures the record holds are compared: the record says what was looked at, and it is never
 * changed by this comparison.
 */
export const figureChanges = (recorded: ReviewFigures, live: ReviewFigures): FigureChange[] =>
  REVIEW_INPUTS.flatMap((input) =>
    (recorded[input] ?? []).flatMap((figure) => {
      const now = live[input]?.find((f) => f.label === figure.label)?.value;
      return now === undefined || now === figure.value
        ? []
        : [{ input, label: figure.label, recorded: figure.value, now }];
    }),
  );
