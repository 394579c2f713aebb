import type { ManagementReview, ReviewInput } from '../../../../core/model/registers';
import { REVIEW_INPUTS } from '../../../../core/model/registers';

export type ActionStatus = ManagementReview['actions'][number]['status'];

/** 9.3.2 a) to g), in the app's own words. */
export const INPUT_TITLES: Readonly<Record<ReviewInput, string>> = {
  a: 'Status of actions from previous reviews',
  b: 'Changes in internal and external issues',
  c: 'Changes in the needs and expectations of interested parties',
  d: 'Information security performance',
  e: 'Feedback from interested parties',
  f: 'Risk assessment results and risk treatment plan status',
  g: 'Opportunities for continual improvement',
};

/** Why an input has no figures, shown in place of them. */
export const NO_FIGURES: Readonly<Partial<Record<ReviewInput, string>>> = {
  e: 'No register holds feedback from interested parties: record it in the notes.',
};

export type ActionDraft = {
  readonly action: string;
  readonly owner: string | null;
  /** '' while no due date is set. */
  readonly dueDate: string;
  readonly status: ActionStatus;
};

export type CarriedDraft = ManagementReview['carriedForward'][number];

/** What the review screen edits: never the date or the frozen figures. */
export type ReviewDraft = {
  readonly chair: string | null;
  readonly attendees: readonly string[];
  readonly inputs: Readonly<Record<ReviewInput, string>>;
  /** One decision per line. */
  readonly decisions: string;
  readonly actions: readonly ActionDraft[];
  readonly carriedForward: readonly CarriedDraft[];
};

export const draftOf = (review: ManagementReview): ReviewDraft => ({
  chair: review.chair,
  attendees: review.attendees,
  inputs: Object.fromEntries(REVIEW_INPUTS.map((l) => [l, review.inputs[l] ?? ''])) as Record<
    ReviewInput,
    string
  >,
  decisions: review.decisions.join('\n'),
  actions: review.actions.map((a) => ({ ...a, dueDate: a.dueDate ?? '' })),
  carriedForward: review.carriedForward,
});

/**
 * The patch `reviews.update` saves. Blank notes and decision lines are left out, and an action
 * row is saved once it has a description, so a row being typed never fails a save.
 */
export const patchOf = (draft: ReviewDraft) => ({
  chair: draft.chair,
  attendees: [...draft.attendees],
  inputs: Object.fromEntries(
    REVIEW_INPUTS.filter((l) => draft.inputs[l].trim() !== '').map((l) => [l, draft.inputs[l]]),
  ),
  decisions: draft.decisions
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== ''),
  actions: draft.actions
    .filter((a) => a.action.trim() !== '')
    .map((a) => ({ ...a, action: a.action.trim(), dueDate: a.dueDate === '' ? null : a.dueDate })),
  carriedForward: [...draft.carriedForward],
});

export type ReviewPatch = ReturnType<typeof patchOf>;

export const EMPTY_ACTION: ActionDraft = { action: '', owner: null, dueDate: '', status: 'open' };

/** How many actions are still open: this review's own and those carried forward to it. */
export const openActionCount = (draft: ReviewDraft): number =>
  draft.actions.filter((a) => a.action.trim() !== '' && a.status === 'open').length +
  draft.carriedForward.filter((c) => c.status === 'open').length;
