import type { ManagementReview } from '../model/registers';

export type CarriedAction = ManagementReview['carriedForward'][number];

const keyOf = (review: string, action: string) => `${review}\u0000${action}`;

/**
 * Every action agreed at reviews held before `date`, with its latest known status: an action's
 * status is first what its own review recorded, then what each later review said when it was
 * carried forward (the latest wins), so a status updated at a later meeting is not lost.
 */
export const actionsBefore = (
  reviews: readonly ManagementReview[],
  date: string,
): CarriedAction[] => {
  const earlier = reviews.filter((r) => r.date < date).sort((a, b) => a.date.localeCompare(b.date));
  const found = new Map<string, CarriedAction>();
  for (const review of earlier) {
    for (const a of review.actions) {
      const key = keyOf(review.id, a.action);
      if (!found.has(key))
        found.set(key, { review: review.id, action: a.action, status: a.status, note: '' });
    }
    for (const c of review.carriedForward) {
      const key = keyOf(c.review, c.action);
      found.set(key, { ...c, note: c.note || (found.get(key)?.note ?? '') });
    }
  }
  return [...found.values()];
};

/** The actions of earlier reviews still open at a review held on `date`: carried forward to it. */
export const carryForward = (reviews: readonly ManagementReview[], date: string): CarriedAction[] =>
  actionsBefore(reviews, date).filter((a) => a.status === 'open');
