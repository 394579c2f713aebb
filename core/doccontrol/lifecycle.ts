import { addMonths } from '../api/service/dates';
import { AppError } from '../errors';
import type { DocumentMeta } from '../model/workspace';
import { lastApprovedVersion, nextMinor } from './versions';

/**
 * The state a user sees. `changed` is an approved document whose body or data no longer gives
 * the text that was approved: a new draft revision, while the approved version stays current.
 */
export type LifecycleState = 'draft' | 'review' | 'approved' | 'changed' | 'withdrawn';

export const LIFECYCLE_LABELS: Readonly<Record<LifecycleState, string>> = {
  draft: 'Draft',
  review: 'In review',
  approved: 'Approved',
  changed: 'Changed since approval',
  withdrawn: 'Withdrawn',
};

export type DocumentControlView = {
  readonly state: LifecycleState;
  readonly label: string;
  /** The version of the text being worked on (the approved version while unchanged). */
  readonly workingVersion: string;
  /** The current approved version, exportable until a newer one is approved. */
  readonly approvedVersion: string | null;
  readonly approvedAt: string | null;
  readonly approver: string | null;
  readonly nextReviewDate: string | null;
  readonly reviewOverdue: boolean;
  readonly changedSinceApproval: boolean;
  /** The last approval was given by the document's own author (owner). */
  readonly approvedByAuthor: boolean;
  /**
   * Why the approved text could not be compared with today's (a render that ran out of time):
   * then `changedSinceApproval` is unknown, shown as "could not check", never as changed.
   */
  readonly changeCheckError: string | null;
};

/**
 * The document-control state of one document. `changedSinceApproval` comes from comparing the
 * frozen approved text with what the body and data give today (see `hasChangedSinceApproval`).
 */
export const documentControlView = (
  meta: DocumentMeta,
  args: {
    readonly today: string;
    readonly changedSinceApproval: boolean;
    readonly changeCheckError?: string;
  },
): DocumentControlView => {
  const approval = meta.approvals.at(-1) ?? null;
  const approvedVersion = meta.status === 'obsolete' ? null : lastApprovedVersion(meta);
  const changed =
    approvedVersion !== null && (args.changedSinceApproval || meta.status !== 'approved');
  const state: LifecycleState =
    meta.status === 'obsolete'
      ? 'withdrawn'
      : meta.status === 'approved'
        ? changed
          ? 'changed'
          : 'approved'
        : meta.status;
  const workingVersion =
    state === 'changed' && meta.status === 'approved' ? nextMinor(meta.version) : meta.version;
  const nextReviewDate = approvedVersion === null ? null : meta.nextReviewDate;
  return {
    state,
    label: LIFECYCLE_LABELS[state],
    workingVersion,
    approvedVersion,
    approvedAt: approval?.date ?? meta.approvedAt,
    approver: approval?.approver ?? null,
    nextReviewDate,
    reviewOverdue: nextReviewDate !== null && nextReviewDate < args.today,
    changedSinceApproval: changed,
    approvedByAuthor:
      approval !== null && approval.author !== null && approval.author === approval.approver,
    changeCheckError: args.changeCheckError ?? null,
  };
};

/** Whether the approved text no longer matches: the body or the filled text differs. */
export const hasChangedSinceApproval = (args: {
  readonly body: string;
  readonly filledNow: string | null;
  readonly frozen: { readonly body: string; readonly markdown: string } | null;
}): boolean =>
  args.frozen !== null &&
  (args.body !== args.frozen.body ||
    (args.filledNow !== null && args.filledNow !== args.frozen.markdown));

const refuse = (message: string, details: Record<string, unknown> = {}): never => {
  throw new AppError('invalid-input', message, details);
};

const revision = (version: string, date: string, author: string, description: string) => ({
  version,
  date,
  author,
  description,
});

/** Sends a draft, or an approved document that has changed, to review. */
export const submitForReview = (
  meta: DocumentMeta,
  args: { readonly today: string; readonly changedSinceApproval: boolean },
): DocumentMeta => {
  if (meta.status === 'review') refuse(`${meta.id} is already in review`, { id: meta.id });
  if (meta.status === 'obsolete') refuse(`${meta.id} is withdrawn`, { id: meta.id });
  if (meta.status === 'approved') {
    if (!args.changedSinceApproval) {
      refuse(`${meta.id} version ${meta.version} is approved and unchanged: nothing to review`, {
        id: meta.id,
      });
    }
    return { ...meta, status: 'review', version: nextMinor(meta.version), updatedAt: args.today };
  }
  return { ...meta, status: 'review', updatedAt: args.today };
};

// Returning from review and editing an approved text both open draft X.(Y+1) with a line in the
// revision history saying why.
const nextDraft = (
  meta: DocumentMeta,
  args: { readonly today: string; readonly by: string },
  note: string,
): DocumentMeta => {
  const version = nextMinor(meta.version);
  return {
    ...meta,
    status: 'draft',
    version,
    updatedAt: args.today,
    revisions: [...meta.revisions, revision(version, args.today, args.by, note)],
  };
};

/** Takes a document out of review for more changes; the draft goes up one minor step. */
export const returnToDraft = (
  meta: DocumentMeta,
  args: { readonly today: string; readonly reason: string; readonly by: string },
): DocumentMeta => {
  if (meta.status !== 'review') refuse(`${meta.id} is not in review`, { id: meta.id });
  if (!args.reason.trim()) refuse('Give a reason for returning the document', { field: 'reason' });
  return nextDraft(meta, args, `Returned for changes: ${args.reason.trim()}`);
};

/**
 * An edit to the body of an approved document starts draft X.(Y+1); an edit to a document in
 * review takes it back to draft, since the reviewers saw other words.
 */
export const startRevisionOnEdit = (
  meta: DocumentMeta,
  args: { readonly today: string; readonly by: string },
): DocumentMeta => {
  if (meta.status === 'obsolete') {
    refuse(`${meta.id} is withdrawn: its text can no longer change`, { id: meta.id });
  }
  if (meta.status === 'review') return { ...meta, status: 'draft', updatedAt: args.today };
  if (meta.status !== 'approved') return { ...meta, updatedAt: args.today };
  return nextDraft(meta, args, `Draft revision of approved version ${meta.version}`);
};

/** Marks a document obsolete; it keeps its ID, history and frozen versions. */
export const withdrawDocument = (
  meta: DocumentMeta,
  args: { readonly today: string; readonly reason: string; readonly by: string },
): DocumentMeta => {
  if (meta.status === 'obsolete') refuse(`${meta.id} is already withdrawn`, { id: meta.id });
  if (!args.reason.trim())
    refuse('Give a reason for withdrawing the document', { field: 'reason' });
  return {
    ...meta,
    status: 'obsolete',
    withdrawnAt: args.today,
    updatedAt: args.today,
    nextReviewDate: null,
    revisions: [
      ...meta.revisions,
      revision(meta.version, args.today, args.by, `Withdrawn: ${args.reason.trim()}`),
    ],
  };
};

/** Only a draft that was never approved may be deleted; anything else is withdrawn. */
export const assertDeletable = (meta: DocumentMeta): void => {
  if (meta.approvals.length > 0 || meta.status === 'approved' || meta.status === 'obsolete') {
    refuse(
      `${meta.id} has been approved, so it cannot be deleted: withdraw it instead (its ID and history are kept)`,
      { id: meta.id },
    );
  }
};

export const nextReviewAfter = (approvedOn: string, reviewCycleMonths: number): string =>
  addMonths(approvedOn, reviewCycleMonths);
