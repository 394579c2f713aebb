import { useId, useState, type ReactNode } from 'react';
import { DateInput, dateProblem } from './DateInput';

type FieldFrameProps = {
  label: string;
  error?: string | undefined;
  hint?: string | undefined;
  children: (ids: { id: string; describedBy: string | undefined }) => ReactNode;
  className?: string;
};

/** A label, a control and its error or hint, wired together for assistive technology. */
export const FieldFrame = ({ label, error, hint, children, className }: FieldFrameProps) => {
  const id = useId();
  const messageId = `${id}-message`;
  const message = error ?? hint;
  return (
    <div className={`form-field${className ? ` ${className}` : ''}`}>
      <label htmlFor={id}>{label}</label>
      {children({ id, describedBy: message ? messageId : undefined })}
      {message ? (
        <p id={messageId} className={error ? 'field-error' : 'field-hint'}>
          {message}
        </p>
      ) : null}
    </div>
  );
};

type TextFieldProps = {
  label: string;
  value: string;
  onChange: (value: string) => void;
  error?: string | undefined;
  hint?: string;
  testId?: string;
  multiline?: boolean;
  type?: 'text' | 'email' | 'url';
  placeholder?: string;
  className?: string;
  onBlur?: () => void;
};

export const TextField = ({
  label,
  value,
  onChange,
  error,
  hint,
  testId,
  multiline,
  type = 'text',
  placeholder,
  className,
  onBlur,
}: TextFieldProps) => (
  <FieldFrame label={label} error={error} hint={hint} className={className}>
    {({ id, describedBy }) =>
      multiline ? (
        <textarea
          id={id}
          value={value}
          rows={3}
          placeholder={placeholder}
          data-testid={testId}
          aria-invalid={error ? true : undefined}
          aria-describedby={describedBy}
          onBlur={onBlur}
          onChange={(event) => onChange(event.target.value)}
        />
      ) : (
        <input
          id={id}
          type={type}
          value={value}
          placeholder={placeholder}
          data-testid={testId}
          aria-invalid={error ? true : undefined}
          aria-describedby={describedBy}
          onBlur={onBlur}
          onChange={(event) => onChange(event.target.value)}
        />
      )
    }
  </FieldFrame>
);

type NumberFieldProps = {
  label: string;
  value: number | null;
  onChange: (value: number | null) => void;
  error?: string | undefined;
  hint?: string;
  testId?: string;
  min?: number;
  max?: number;
  suffix?: string;
};

export const NumberField = ({
  label,
  value,
  onChange,
  error,
  hint,
  testId,
  min,
  max,
  suffix,
}: NumberFieldProps) => (
  <FieldFrame label={label} error={error} hint={hint}>
    {({ id, describedBy }) => (
      <div className="input-with-suffix">
        <input
          id={id}
          type="number"
          inputMode="numeric"
          value={value ?? ''}
          min={min}
          max={max}
          data-testid={testId}
          aria-invalid={error ? true : undefined}
          aria-describedby={describedBy}
          onChange={(event) => {
            const raw = event.target.value;
            onChange(raw === '' ? null : Number(raw));
          }}
        />
        {suffix ? <span className="input-suffix">{suffix}</span> : null}
      </div>
    )}
  </FieldFrame>
);

type SelectFieldProps = {
  label: string;
  value: string;
  options: readonly { value: string; label: string }[];
  onChange: (value: string) => void;
  error?: string | undefined;
  hint?: string;
  testId?: string;
};

export const SelectField = ({
  label,
  value,
  options,
  onChange,
  error,
  hint,
  testId,
}: SelectFieldProps) => (
  <FieldFrame label={label} error={error} hint={hint}>
    {({ id, describedBy }) => (
      <select
        id={id}
        value={value}
        data-testid={testId}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy}
        onChange={(event) => onChange(event.target.value)}
      >
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    )}
  </FieldFrame>
);

export const CheckboxField = ({
  label,
  checked,
  onChange,
  testId,
}: {
  label: string;
  checked: boolean;
  onChange: (checked: boolean) => void;
  testId?: string;
}) => {
  const id = useId();
  return (
    <div className="form-field form-field-checkbox">
      <input
        id={id}
        type="checkbox"
        checked={checked}
        data-testid={testId}
        onChange={(event) => onChange(event.target.checked)}
      />
      <label htmlFor={id}>{label}</label>
    </div>
  );
};

type DateFieldProps = {
  label: string;
  /** YYYY-MM-DD or ''. */
  value: string;
  /** Called with a whole date (YYYY-MM-DD) or '' (cleared), never with half-typed text. */
  onChange: (value: string) => void;
  /** Told whether the field holds a date (or nothing): an action that uses it waits while not. */
  onValidity?: (valid: boolean) => void;
  error?: string | undefined;
  hint?: string | undefined;
  testId?: string;
  required?: boolean;
  className?: string | undefined;
  /** See DateInput. */
  passUnfinished?: boolean;
};

/**
 * A labelled date shown and typed as YYYY-MM-DD (see DateInput); text that is not yet a date is
 * kept, marked, and named in the field's error.
 */
export const DateField = ({ label, onValidity, error, hint, testId, ...rest }: DateFieldProps) => {
  const [valid, setValid] = useState(true);
  const [report] = useState(() => (next: boolean) => {
    setValid(next);
    onValidity?.(next);
  });
  return (
    <FieldFrame
      label={label}
      error={valid ? error : dateProblem(label)}
      hint={hint}
      className={rest.className}
    >
      {({ id, describedBy }) => (
        <DateInput
          id={id}
          value={rest.value}
          required={rest.required}
          fieldName={label}
          data-testid={testId}
          aria-describedby={describedBy}
          onValidity={report}
          passUnfinished={rest.passUnfinished}
          onChange={rest.onChange}
        />
      )}
    </FieldFrame>
  );
};
