import { useEffect, useRef, useState, useSyncExternalStore, type FormEvent } from 'react';
import type { DialogRequest, Dialogs } from './dialogs';

/** Renders the oldest pending dialog as a native modal (focus trap and Escape for free). */
export const DialogHost = ({ dialogs }: { dialogs: Dialogs }) => {
  const queue = useSyncExternalStore(dialogs.queue.subscribe, dialogs.queue.get);
  const request = queue[0];
  if (!request) return null;
  return <ModalDialog key={request.id} request={request} />;
};

const ModalDialog = ({ request }: { request: DialogRequest }) => {
  const ref = useRef<HTMLDialogElement>(null);
  const [value, setValue] = useState(request.kind === 'prompt' ? (request.initial ?? '') : '');
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    const dialog = ref.current;
    if (dialog && !dialog.open) dialog.showModal();
  }, []);
  const cancel = () =>
    request.kind === 'confirm' ? request.resolve(false) : request.resolve(null);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (request.kind === 'confirm') return request.resolve(true);
    const trimmed = value.trim();
    const problem =
      request.validate?.(trimmed) ?? (trimmed ? null : `${request.label} is required.`);
    if (problem) return setError(problem);
    request.resolve(trimmed);
  };
  const titleId = `dialog-title-${request.id}`;
  return (
    <dialog
      ref={ref}
      className="modal"
      aria-labelledby={titleId}
      data-testid="dialog"
      data-kind={request.kind}
      onCancel={(event) => {
        event.preventDefault();
        cancel();
      }}
    >
      <form onSubmit={submit} className="modal-body" noValidate>
        <h2 id={titleId} className="modal-title">
          {request.title}
        </h2>
        {request.message ? <p className="modal-message">{request.message}</p> : null}
        {request.kind === 'confirm' && request.items?.length ? (
          <ul className="modal-items" data-testid="dialog-items">
            {request.items.map((item) => (
              <li key={item}>{item}</li>
            ))}
          </ul>
        ) : null}
        {request.kind === 'prompt' ? (
          <div className="form-field">
            <label htmlFor={`dialog-input-${request.id}`}>{request.label}</label>
            <input
              id={`dialog-input-${request.id}`}
              data-testid="dialog-input"
              value={value}
              placeholder={request.placeholder}
              autoFocus
              spellCheck={false}
              aria-invalid={error ? true : undefined}
              aria-describedby={error ? `dialog-error-${request.id}` : undefined}
              onChange={(event) => {
                setValue(event.target.value);
                setError(null);
              }}
            />
            {error ? (
              <p className="field-error" id={`dialog-error-${request.id}`} role="alert">
                {error}
              </p>
            ) : null}
          </div>
        ) : null}
        <div className="modal-actions">
          <button type="button" className="button" onClick={cancel} data-testid="dialog-cancel">
            {request.kind === 'confirm' ? (request.cancelLabel ?? 'Cancel') : 'Cancel'}
          </button>
          <button
            type="submit"
            className={
              request.kind === 'confirm' && request.tone === 'danger'
                ? 'button button-danger'
                : 'button button-primary'
            }
            data-testid="dialog-confirm"
            autoFocus={request.kind === 'confirm'}
          >
            {request.confirmLabel}
          </button>
        </div>
      </form>
    </dialog>
  );
};
