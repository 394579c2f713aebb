import type { ControlViewDto } from '../../../../core/api/contract-doccontrol';

const STATE_CLASS: Readonly<Record<ControlViewDto['state'], string>> = {
  draft: 'badge-status-draft',
  review: 'badge-status-review',
  approved: 'badge-status-approved',
  changed: 'badge-warning',
  withdrawn: 'badge-status-obsolete',
};

/** The lifecycle state a user should act on, with "changed since approval" and "review overdue". */
export const ControlBadge = ({ view }: { view: ControlViewDto }) => (
  <span className="control-badges" data-testid="control-state" data-state={view.state}>
    <span className={`badge ${STATE_CLASS[view.state]}`}>{view.label}</span>
    {view.changedSinceApproval && view.state !== 'changed' ? (
      <span className="badge badge-warning" data-testid="changed-since-approval">
        Changed since approval
      </span>
    ) : null}
    {view.changeCheckError !== null ? (
      <span
        className="badge badge-warning"
        data-testid="change-check-failed"
        title={view.changeCheckError}
      >
        Could not check for changes; try again
      </span>
    ) : null}
    {view.reviewOverdue ? (
      <span
        className="badge badge-danger"
        data-testid="review-overdue"
        title={`Review was due on ${view.nextReviewDate ?? ''}`}
      >
        Review overdue
      </span>
    ) : null}
  </span>
);
