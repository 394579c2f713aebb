import { Fragment, useState } from 'react';
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

type ActionButton = {
  readonly testId: string;
  readonly text: string;
  readonly kind?: 'primary' | 'danger';
  readonly shown: boolean;
  readonly onClick: () => void;
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

  /** Saves pending edits, runs one lifecycle action and reports how it went. */
  const perform = async (
    action: () => Promise<DocumentMeta>,
    done: (saved: DocumentMeta) => void,
    failed: (message: string) => void,
  ) => {
    setBusy(true);
    try {
      if (!(await flush())) throw new Error('your latest edits are not saved yet');
      const saved = await action();
      onChanged(saved);
      done(saved);
    } catch (error) {
      failed(describeError(error));
    } finally {
      setBusy(false);
    }
  };

  /** An action whose outcome is told in a toast. */
  const run = (label: string, action: () => Promise<DocumentMeta>) =>
    perform(
      action,
      () => toasts.show('success', `${meta.id}: ${label}.`),
      (message) => toasts.show('error', `${meta.id}: ${message}`),
    );

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

  /** The approval dialog stays open with the refusal's reason until it succeeds or is cancelled. */
  const approve = (choice: ApproveChoice) =>
    perform(
      () => api['documents.approve']({ dir, id: meta.id, ...choice }),
      (saved) => {
        setApproving(false);
        setApproveError(null);
        toasts.show('success', `${meta.id} approved as version ${saved.version}.`);
      },
      setApproveError,
    );

  const state = view?.state ?? null;
  const buttons: readonly ActionButton[] = [
    {
      testId: 'submit-for-review',
      text: 'Submit for review',
      shown: state === 'draft' || state === 'changed',
      onClick: () =>
        void run('submitted for review', () =>
          api['documents.submitForReview']({ dir, id: meta.id }),
        ),
    },
    {
      testId: 'approve-button',
      text: 'Approve…',
      kind: 'primary',
      shown: state === 'review',
      onClick: () => setApproving(true),
    },
    {
      testId: 'return-to-draft',
      text: 'Return to draft…',
      shown: state === 'review',
      onClick: () =>
        void withReason(
          `Return ${meta.id} for changes`,
          'Return to draft',
          'returned to draft',
          (reason) => api['documents.returnToDraft']({ dir, id: meta.id, reason }),
        ),
    },
    {
      testId: 'withdraw-button',
      text: 'Withdraw…',
      kind: 'danger',
      shown: state !== null && state !== 'withdrawn',
      onClick: () =>
        void withReason(
          `Withdraw ${meta.id}`,
          'Withdraw document',
          'withdrawn; its ID and history are kept',
          (reason) => api['documents.withdraw']({ dir, id: meta.id, reason }),
        ),
    },
  ];
  const facts: readonly [string, string, string?][] = view
    ? [
        ['Working version', view.workingVersion, 'working-version'],
        ['Approved version', view.approvedVersion ?? 'None yet', 'approved-version'],
        ['Approved on', view.approvedAt ?? '–'],
        ['Next review', view.nextReviewDate ?? '–'],
      ]
    : [];
  return (
    <section className="lifecycle" aria-label="Document control" data-testid="lifecycle">
      <div className="lifecycle-state">
        {view ? <ControlBadge view={view} /> : <span className="muted">Loading…</span>}
      </div>
      {view ? (
        <dl className="lifecycle-facts">
          {facts.map(([term, value, testId]) => (
            <Fragment key={term}>
              <dt>{term}</dt>
              <dd data-testid={testId}>{value}</dd>
            </Fragment>
          ))}
        </dl>
      ) : null}
      <div className="lifecycle-buttons">
        {buttons
          .filter((b) => b.shown)
          .map((b) => (
            <button
              key={b.testId}
              type="button"
              className={`button button-small${b.kind ? ` button-${b.kind}` : ''}`}
              disabled={busy}
              data-testid={b.testId}
              onClick={b.onClick}
            >
              {b.text}
            </button>
          ))}
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
