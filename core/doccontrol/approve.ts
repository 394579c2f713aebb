import { AppError } from '../errors';
import type { DocumentMeta, Workspace } from '../model/workspace';
import type { UnfilledField } from '../templates/types';
import { placeOf, unfilledFieldNames } from '../templates/unfilled-fields';
import { nextReviewAfter } from './lifecycle';
import { approvalVersion, type VersionChange } from './versions';

export type ApprovalRequest = {
  /** Person id of the approver. */
  readonly approver: string;
  readonly reason: string;
  /** Minor or major revision; ignored for the first approval, which is always 1.0. */
  readonly change: VersionChange;
  readonly today: string;
};

export type ApprovalProblems = {
  /** Every place a field is left unfilled. */
  readonly unfilled: readonly UnfilledField[];
  /** A syntax error or another reason the document cannot be rendered. */
  readonly renderError: string | null;
};

const refuse = (message: string, details: Record<string, unknown>): never => {
  throw new AppError('invalid-input', message, details);
};

/** Every rule an approval must pass; the first one broken is reported with what to do. */
export const assertApprovable = (
  workspace: Workspace,
  meta: DocumentMeta,
  request: ApprovalRequest,
  problems: ApprovalProblems,
): void => {
  const id = meta.id;
  if (meta.status !== 'review') {
    refuse(
      meta.status === 'approved'
        ? `${id} version ${meta.version} is already approved; edit it or submit it for review to approve a new version`
        : meta.status === 'obsolete'
          ? `${id} is withdrawn and cannot be approved`
          : `${id} is a draft: submit it for review before approving it`,
      { id, field: 'status' },
    );
  }
  const approver = workspace.people.find((p) => p.id === request.approver);
  if (!approver) {
    refuse(`Approver "${request.approver}" is not one of the people in this workspace`, {
      field: 'approver',
    });
  }
  if (
    meta.owner !== null &&
    meta.owner === request.approver &&
    !workspace.settings.allowSelfApproval
  ) {
    refuse(
      `${approver?.name ?? request.approver} is the author (owner) of ${id}: another person must approve it`,
      { field: 'approver', id },
    );
  }
  if (!request.reason.trim()) {
    refuse('Give a reason for the change; it goes into the revision history', { field: 'reason' });
  }
  if (problems.renderError !== null) {
    refuse(`${id} cannot be approved: ${problems.renderError}`, { id, field: 'body' });
  }
  if (problems.unfilled.length > 0) {
    const fields = unfilledFieldNames(problems.unfilled);
    refuse(
      `${id} cannot be approved: ${fields.length} unfilled field(s): ${fields.slice(0, 5).join(', ')}${fields.length > 5 ? ', …' : ''}`,
      { id, field: 'body', unfilled: problems.unfilled.map(placeOf) },
    );
  }
};

/** The metadata after approval: version by the rule, dates, approver and a revision row. */
export const approvedMeta = (
  workspace: Workspace,
  meta: DocumentMeta,
  request: ApprovalRequest,
): DocumentMeta => {
  const version = approvalVersion(meta, request.change);
  const approverName =
    workspace.people.find((p) => p.id === request.approver)?.name ?? request.approver;
  const reason = request.reason.trim();
  return {
    ...meta,
    status: 'approved',
    version,
    approver: request.approver,
    approvedAt: request.today,
    updatedAt: request.today,
    nextReviewDate: nextReviewAfter(request.today, workspace.organisation.reviewCycleMonths),
    approvals: [
      ...meta.approvals,
      { version, date: request.today, approver: request.approver, author: meta.owner, reason },
    ],
    revisions: [
      ...meta.revisions,
      {
        version,
        date: request.today,
        author: approverName,
        description: `Approved by ${approverName}: ${reason}`,
      },
    ],
  };
};

/**
 * What an approval does with frozen files already there for the version it freezes, decided
 * from workspace.json as read under the same hold of the workspace lock: when no approval of
 * that version is recorded, they were left by an approval stopped (killed, powered off) before it
 * recorded anything, and are replaced; when one is, they are the frozen evidence and are kept
 * (a different text then stops the approval with a conflict naming the file).
 */
export const leftoversOf = (meta: DocumentMeta, version: string): 'keep' | 'replace' =>
  // A revision row written by an approval counts too (older files may lack `approvals`): keeping
  // by mistake costs a conflict the user can resolve; replacing by mistake would lose evidence.
  meta.approvals.some((a) => a.version === version) ||
  meta.revisions.some((r) => r.version === version && r.description.startsWith('Approved by '))
    ? 'keep'
    : 'replace';
