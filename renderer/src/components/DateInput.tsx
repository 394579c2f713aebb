import { useEffect, useRef, useState, type InputHTMLAttributes } from 'react';
import { isIsoDate } from './iso-date';

type DateInputProps = Omit<
  InputHTMLAttributes<HTMLInputElement>,
  'type' | 'value' | 'onChange' | 'pattern'
> & {
  readonly value: string;
  /** Called with a whole date (YYYY-MM-DD) or '' (cleared), never with half-typed text. */
  readonly onChange: (value: string) => void;
  /** The field's name as its label shows it, so the browser's message can name it. */
  readonly fieldName?: string;
  /** Told whether the text typed is a date (or empty), each time that changes. */
  readonly onValidity?: (valid: boolean) => void;
  /**
   * Pass on text that is not yet a date too, for a form that checks its own values and saves
   * nothing while one is wrong (the registers' forms).
   */
  readonly passUnfinished?: boolean;
};

/** What a field holding text that is not yet a date says, naming the field when it can. */
export const dateProblem = (fieldName?: string): string =>
  `${fieldName ? `${fieldName}: e` : 'E'}nter a date as YYYY-MM-DD, e.g. 2026-11-28.`;

/**
 * A date shown and typed as YYYY-MM-DD, as the app shows dates everywhere else; the browser's
 * date input would show it in the browser's locale (11/12/2026 in one, 12.11.2026 in another).
 * Text that is not yet a date stays in the field, marked, and is not passed on; it also keeps
 * the field's form from being submitted (the date passed on last is not what the field shows).
 */
export const DateInput = ({
  value,
  onChange,
  fieldName,
  onValidity,
  passUnfinished = false,
  ...rest
}: DateInputProps) => {
  const [text, setText] = useState(value);
  const [given, setGiven] = useState(value);
  if (value !== given) {
    setGiven(value);
    setText(value);
  }
  const valid = text.trim() === '' || isIsoDate(text.trim());
  const field = useRef<HTMLInputElement>(null);
  useEffect(() => {
    field.current?.setCustomValidity(valid ? '' : dateProblem(fieldName));
    onValidity?.(valid);
  }, [valid, fieldName, onValidity]);
  return (
    <input
      {...rest}
      ref={field}
      type="text"
      inputMode="numeric"
      placeholder="YYYY-MM-DD"
      maxLength={10}
      value={text}
      aria-invalid={valid ? undefined : true}
      title={valid ? rest.title : 'A date as YYYY-MM-DD'}
      onChange={(event) => {
        const next = event.target.value.trim();
        setText(event.target.value);
        if (next !== '' && !isIsoDate(next) && !passUnfinished) return;
        setGiven(next);
        onChange(next);
      }}
    />
  );
};
