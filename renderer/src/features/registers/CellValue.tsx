import { displayValue } from './cell-format';
import type { FieldKind, FieldSpec, Lookups } from './register-spec';

// Values of these kinds are short and fixed in length (numbers, dates, yes/no): they need no clip,
// which keeps each row to few paint chunks while the table scrolls.
const SHORT: ReadonlySet<FieldKind> = new Set<FieldKind>(['integer', 'date', 'boolean']);

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
  if (SHORT.has(field.kind)) return text;
  return (
    <span className="reg-cell-text" title={text.length > 40 ? text : undefined}>
      {text}
    </span>
  );
};
