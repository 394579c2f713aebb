import { useState } from 'react';
import type { Profile } from '../../../../core/api/contract';
import type { ControlViewDto } from '../../../../core/api/contract-doccontrol';
import type { DocumentMeta } from '../../../../core/model/workspace';
import { useSession } from '../../app/navigation';
import { useServices } from '../../app/services';
import { describeError } from '../../components/errors';
import { ApproveDialog, type ApproveChoice } from './ApproveDialog';
import { ControlBadge } from './ControlBadge';

type LifecycleActionsProps = {
  meta: DocumentMeta;
  view: ControlViewDto | undefined;
  profile: Profile | undefined;
  /** Saves pending edits first, so the action applies to the text on screen. */
  flush: () => Promise<boolean>;
  onChanged: (meta: DocumentMeta) => void;
};

/** State, versions and the lifecycle actions: submit, return, approve, withdraw. */
export const LifecycleActions = ({
  meta,
  view,
  profile,
  flush,
  onChanged,
}: LifecycleActionsProps) => {
  const { api, dialogs, toasts } = useServices();
  const { workspace } = useSession();
  const dir = workspace.dir;
  const [approving, setApproving] = useState(false);
  const [busy, setBusy] = useState(false);
  const [approveError, setApproveError] = useState<string | null>(null);

  const run = async (label: string, action: () => Promise<DocumentMeta>) => {
    setBusy(true);
    try {
      if (!(await flush())) throw new Error('your latest edits are not saved yet');
      const saved = await action();
      onChanged(saved);
      toasts.show('success', `${meta.id}: ${label}.`);
      return true;
    } catch (error) {
      toasts.show('error', `${meta.id}: ${describeError(error)}`);
      return false;
    } finally {
      setBusy(false);
    }
  };

  /** Asks for a reason, then runs the action with it; a cancelled prompt does nothing. */
  const withReason = async (
    title: string,
    confirmLabel: string,
    label: string,
    action: (reason: string) => Promise<DocumentMeta>,
  ) => {
    const reason = await dialogs.prompt({ title, label: 'Reason', confirmLabel });
    if (reason) await run(label, () => action(reason));
  };

  const approve = async (choice: ApproveChoice) => {
    setBusy(true);
    try {
      if (!(await flush())) throw new Error('your latest edits are not saved yet');
      const saved = await api['documents.approve']({ dir, id: meta.id, ...choice });
      setApproving(false);
      setApproveError(null);
      onChanged(saved);
      toasts.show('success', `${meta.id} approved as version ${saved.version}.`);
    } catch (error) {
      setApproveError(describeError(error));
    } finally {
      setBusy(false);
    }
  };

  const state = view?.state ?? null;
  const canSubmit = state === 'draft' || state === 'changed';
  return (
    <section className="lifecycle" aria-label="Document control" data-testid="lifecycle">
      <div className="lifecycle-state">
        {view ? <ControlBadge view={view} /> : <span className="muted">Loading…</span>}
      </div>
      {view ? (
        <dl className="lifecycle-facts">
          <dt>Working version</dt>
          <dd data-testid="working-version">{view.workingVersion}</dd>
          <dt>Approved version</dt>
          <dd data-testid="approved-version">{view.approvedVersion ?? 'None yet'}</dd>
          <dt>Approved on</dt>
          <dd>{view.approvedAt ?? '–'}</dd>
          <dt>Next review</dt>
          <dd>{view.nextReviewDate ?? '–'}</dd>
        </dl>
      ) : null}
      <div className="lifecycle-buttons">
        {canSubmit ? (
          <button
            type="button"
            className="button button-small"
            disabled={busy}
            data-testid="submit-for-review"
            onClick={() =>
              void run('submitted for review', () =>
                api['documents.submitForReview']({ dir, id: meta.id }),
              )
            }
          >
            Submit for review
          </button>
        ) : null}
        {state === 'review' ? (
          <>
            <button
              type="button"
              className="button button-small button-primary"
              disabled={busy}
              data-testid="approve-button"
              onClick={() => setApproving(true)}
            >
              Approve…
            </button>
            <button
              type="button"
              className="button button-small"
              disabled={busy}
              data-testid="return-to-draft"
              onClick={() =>
                void withReason(
                  `Return ${meta.id} for changes`,
                  'Return to draft',
                  'returned to draft',
                  (reason) => api['documents.returnToDraft']({ dir, id: meta.id, reason }),
                )
              }
            >
              Return to draft…
            </button>
          </>
        ) : null}
        {state && state !== 'withdrawn' ? (
          <button
            type="button"
            className="button button-small button-danger"
            disabled={busy}
            data-testid="withdraw-button"
            onClick={() =>
              void withReason(
                `Withdraw ${meta.id}`,
                'Withdraw document',
                'withdrawn; its ID and history are kept',
                (reason) => api['documents.withdraw']({ dir, id: meta.id, reason }),
              )
            }
          >
            Withdraw…
          </button>
        ) : null}
      </div>
      {approving ? (
        <ApproveDialog
          meta={meta}
          profile={profile}
          error={approveError}
          busy={busy}
          onApprove={(choice) => void approve(choice)}
          onCancel={() => {
            setApproving(false);
            setApproveError(null);
          }}
        />
      ) : null}
    </section>
  );
};
