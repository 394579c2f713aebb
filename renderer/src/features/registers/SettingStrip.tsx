import type { ReactNode } from 'react';

type SettingStripProps = {
  /** The setting's name, also the section's accessible name. */
  title: string;
  testId: string;
  /** Green once decided or approved, amber while it still waits for a decision. */
  settled: boolean;
  state: string;
  stateTestId: string;
  stateStatus?: string;
  /** A short line after the state (thresholds, the recorded reason). */
  detail?: ReactNode;
  open: boolean;
  formId: string;
  toggleLabel: string;
  toggleTestId: string;
  onToggle: () => void;
  children?: ReactNode;
};

/**
 * A register-wide setting above a register's table (the risk method, the climate-change
 * conclusion): its state in one line, and its form on demand.
 */
export const SettingStrip = (props: SettingStripProps) => (
  <section className="method-strip" aria-label={props.title} data-testid={props.testId}>
    <div className="method-summary">
      <span className="method-title">{props.title}</span>
      <span
        className={`reg-chip ${props.settled ? 'reg-chip-success' : 'reg-chip-warning'}`}
        data-testid={props.stateTestId}
        data-status={props.stateStatus}
      >
        {props.state}
      </span>
      {props.detail}
      <button
        type="button"
        className="button button-small"
        aria-expanded={props.open}
        aria-controls={props.formId}
        data-testid={props.toggleTestId}
        onClick={props.onToggle}
      >
        {props.open ? 'Close' : props.toggleLabel}
      </button>
    </div>
    {props.children}
  </section>
);

/** A setting form's save button, with what stops or awaits the save beside it. */
export const SaveRow = (props: {
  label: string;
  testId: string;
  primary?: boolean;
  disabled: boolean;
  note: ReactNode;
  onSave: () => void;
}) => (
  <div className="method-form-actions">
    <button
      type="button"
      className={props.primary ? 'button button-primary' : 'button'}
      data-testid={props.testId}
      disabled={props.disabled}
      onClick={props.onSave}
    >
      {props.label}
    </button>
    {props.note}
  </div>
);

/** A save that failed, said in the form until the next try. */
export const SaveFailure = ({ text }: { text: string | null }) =>
  text ? (
    <p className="banner banner-error" role="alert">
      {text}
    </p>
  ) : null;
