import { displayValue } from './cell-format';
import type { FieldSpec, Lookups } from './register-spec';

/** One table cell's content: a coloured chip for graded values, a dash for an empty one. */
export const CellValue = ({
  field,
  value,
  lookups,
}: {
  field: FieldSpec;
  value: unknown;
  lookups: Lookups;
}) => {
  const text = displayValue(field, value, lookups);
  if (text === '')
    return (
      <span className="reg-empty" aria-label="empty">
        –
      </span>
    );
  const tone = field.options?.find((option) => option.value === value)?.tone;
  if (tone) return <span className={`reg-chip reg-chip-${tone}`}>{text}</span>;
  return (
    <span className="reg-cell-text" title={text.length > 40 ? text : undefined}>
      {text}
    </span>
  );
};
