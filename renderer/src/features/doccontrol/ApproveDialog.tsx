import { useEffect, useRef, useState, type FormEvent } from 'react';
import type { Profile } from '../../../../core/api/contract';
import type { DocumentMeta } from '../../../../core/model/workspace';

export type ApproveChoice = { approver: string; reason: string; change: 'minor' | 'major' };

type ApproveDialogProps = {
  meta: DocumentMeta;
  profile: Profile | undefined;
  error: string | null;
  busy: boolean;
  onApprove: (choice: ApproveChoice) => void;
  onCancel: () => void;
};

/** What the dialog says while the workspace has nobody who could approve. */
const NOBODY = 'Nobody to choose yet: add the approver under Registers › People first.';

/** Names the approver, the reason for the change and (after 1.0) a minor or major revision. */
export const ApproveDialog = (props: ApproveDialogProps) => {
  const { meta, profile } = props;
  const ref = useRef<HTMLDialogElement>(null);
  const people = profile?.people ?? [];
  const firstOther = people.find((p) => p.id !== meta.owner)?.id ?? '';
  const nominated = meta.approver && meta.approver !== meta.owner ? meta.approver : firstOther;
  const [approver, setApprover] = useState(nominated);
  const [reason, setReason] = useState('');
  const [change, setChange] = useState<'minor' | 'major'>('minor');
  const [problem, setProblem] = useState<string | null>(null);
  const firstApproval = meta.approvals.length === 0;
  useEffect(() => {
    const dialog = ref.current;
    if (dialog && !dialog.open) dialog.showModal();
  }, []);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!approver) return setProblem(people.length === 0 ? NOBODY : 'Choose the approver.');
    if (!reason.trim()) return setProblem('Give the reason for the change.');
    props.onApprove({ approver, reason: reason.trim(), change });
  };
  const shown = problem ?? props.error;
  return (
    <dialog
      ref={ref}
      className="modal"
      aria-labelledby="approve-title"
      data-testid="approve-dialog"
      onCancel={(event) => {
        event.preventDefault();
        props.onCancel();
      }}
    >
      <form className="modal-body" onSubmit={submit} noValidate>
        <h2 id="approve-title" className="modal-title">
          Approve {meta.id}
        </h2>
        <p className="modal-message">
          {firstApproval
            ? 'The first approval makes this version 1.0.'
            : 'Choose a minor revision (the draft’s number) or a major one (the next whole number).'}{' '}
          The approved text and the data it was filled from are frozen in history/.
        </p>
        <div className="form-field">
          <label htmlFor="approve-approver">Approver</label>
          <select
            id="approve-approver"
            data-testid="approve-approver"
            value={approver}
            onChange={(event) => setApprover(event.target.value)}
          >
            <option value="">Choose a person</option>
            {people.map((p) => (
              <option key={p.id} value={p.id}>
                {p.name}
                {p.id === meta.owner ? ' (author)' : ''}
              </option>
            ))}
          </select>
          {people.length === 0 ? (
            <p className="field-hint" data-testid="approve-no-people">
              {NOBODY}
            </p>
          ) : null}
        </div>
        {firstApproval ? null : (
          <div className="form-field">
            <label htmlFor="approve-change">Revision</label>
            <select
              id="approve-change"
              data-testid="approve-change"
              value={change}
              onChange={(event) => setChange(event.target.value === 'major' ? 'major' : 'minor')}
            >
              <option value="minor">Minor revision</option>
              <option value="major">Major revision</option>
            </select>
          </div>
        )}
        <div className="form-field">
          <label htmlFor="approve-reason">Reason for change</label>
          <input
            id="approve-reason"
            data-testid="approve-reason"
            value={reason}
            autoFocus
            onChange={(event) => {
              setReason(event.target.value);
              setProblem(null);
            }}
          />
        </div>
        {shown ? (
          <p className="field-error" role="alert" data-testid="approve-error">
            {shown}
          </p>
        ) : null}
        <div className="modal-actions">
          <button type="button" className="button" onClick={props.onCancel}>
            Cancel
          </button>
          <button
            type="submit"
            className="button button-primary"
            disabled={props.busy}
            data-testid="approve-confirm"
          >
            {props.busy ? 'Approving…' : 'Approve'}
          </button>
        </div>
      </form>
    </dialog>
  );
};
