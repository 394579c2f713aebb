export type SaveState = 'saved' | 'saving' | 'unsaved' | 'error';

const LABELS: Readonly<Record<SaveState, string>> = {
  saved: 'Saved',
  saving: 'Saving…',
  unsaved: 'Unsaved changes',
  error: 'Not saved',
};

/** A quiet status pill; `detail` explains an error. */
export const SaveIndicator = ({
  state,
  detail,
  testId = 'save-state',
}: {
  state: SaveState;
  detail?: string | null;
  testId?: string;
}) => (
  <span
    className={`save-state save-state-${state}`}
    data-testid={testId}
    data-state={state}
    role="status"
    title={detail ?? undefined}
  >
    <span className="save-dot" aria-hidden="true" />
    {LABELS[state]}
    {state === 'error' && detail ? <span className="visually-hidden">: {detail}</span> : null}
  </span>
);
