import { AppError } from '../../errors';
import type { ManagementReview } from '../../model/registers';
import type { Workspace } from '../../model/workspace';
import { saveEntry } from '../../registers/operations';
import { registerNamed } from '../../registers/registry';
import { carryForward } from '../../reviews/carry-forward';
import { figureChanges, type FigureChange } from '../../reviews/figure-changes';
import { drawReviewFigures, type ReviewFigures } from '../../reviews/review-figures';
import type { Handlers } from '../dispatch';
import type { WorkspaceSessions } from './workspace-sessions';

type ReviewHandlers = Pick<
  Handlers,
  'reviews.prepare' | 'reviews.create' | 'reviews.get' | 'reviews.update' | 'reviews.redraw'
>;

const REVIEWS = registerNamed('management-reviews');

const findReview = (workspace: Workspace, id: string): ManagementReview => {
  const review = workspace.registers.managementReviews.find((r) => r.id === id);
  if (!review)
    throw new AppError('not-found', `no management review ${id} in this workspace`, { id });
  return review;
};

/** A review with today's figures for its date beside the frozen ones. */
const viewOf = (workspace: Workspace, review: ManagementReview) => {
  const live = drawReviewFigures(workspace.registers, review.figuresAsOf ?? review.date);
  return { review, live, changes: figureChanges(review.figures, live) };
};

/** Figures and carried-forward actions for a review on `date`, the others as they stand. */
const drawn = (workspace: Workspace, date: string, except: string | null) => {
  const others = workspace.registers.managementReviews.filter((r) => r.id !== except);
  return {
    figuresAsOf: date,
    figures: drawReviewFigures({ ...workspace.registers, managementReviews: others }, date),
    carriedForward: carryForward(others, date),
  };
};

export const createReviewHandlers = ({
  sessions,
}: {
  sessions: WorkspaceSessions;
}): ReviewHandlers => {
  /** Saves one review entry built from the freshest workspace, under the workspace lock. */
  const change = async (
    dir: string,
    build: (current: Workspace) => Record<string, unknown>,
  ): Promise<{ review: ManagementReview; live: ReviewFigures; changes: FigureChange[] }> => {
    let id = '';
    const workspace = await sessions.update(dir, (current) => {
      // The review's own actions are what may write its frozen figures.
      const result = saveEntry(current, REVIEWS, build(current), { writeReadOnly: true });
      id = String(result.entry['id']);
      return result.workspace;
    });
    return viewOf(workspace, findReview(workspace, id));
  };
  return {
    'reviews.prepare': async ({ dir, date }) => {
      const { figures, carriedForward } = drawn(await sessions.read(dir), date, null);
      return { asOf: date, figures, carriedForward };
    },
    'reviews.create': ({ dir, date, chair, attendees }) =>
      change(dir, (current) => ({
        date,
        chair: chair ?? null,
        attendees: attendees ?? [],
        ...drawn(current, date, null),
      })),
    'reviews.get': async ({ dir, id }) => {
      const workspace = await sessions.read(dir);
      return viewOf(workspace, findReview(workspace, id));
    },
    'reviews.update': ({ dir, id, patch }) =>
      change(dir, (current) => ({ ...patch, id: findReview(current, id).id })),
    'reviews.redraw': ({ dir, id, date }) =>
      change(dir, (current) => {
        const { figuresAsOf, figures } = drawn(current, date, findReview(current, id).id);
        return { id, date, figuresAsOf, figures };
      }),
  };
};
