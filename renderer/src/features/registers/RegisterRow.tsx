import { memo, type CSSProperties, type KeyboardEvent } from 'react';
import { Icon } from '../../components/Icon';
import { CellValue } from './CellValue';
import {
  entryLabel,
  type Entry,
  type FieldSpec,
  type Lookups,
  type RegisterSpec,
} from './register-spec';

export const ROW_HEIGHT = 40;
export const ACTIONS_WIDTH = 48;

/** A cell's flex basis: the column's declared width, growing with the table. */
export const cellStyle = (width: number): CSSProperties => ({ flex: `${width} 0 ${width}px` });
export const ACTIONS_STYLE = cellStyle(ACTIONS_WIDTH);

/** What every row shares; one object per table so that a scroll re-renders no existing row. */
export type RowContext = {
  readonly spec: RegisterSpec;
  readonly fields: readonly FieldSpec[];
  readonly cellStyles: readonly CSSProperties[];
  readonly lookups: Lookups;
  readonly onOpen: (id: string) => void;
  readonly onDelete: ((entry: Entry) => void) | null;
  readonly onKey: (event: KeyboardEvent, index: number, entry: Entry) => void;
};

type RegisterRowProps = {
  readonly id: string;
  readonly entry: Entry;
  readonly index: number;
  readonly start: number;
  readonly selected: boolean;
  readonly context: RowContext;
};

const cellClass = (field: FieldSpec) => `reg-td${field.kind === 'integer' ? ' numeric' : ''}`;

/**
 * One table row. Memoised: while the table scrolls only the rows coming into view render; a row
 * already on screen keeps its position (its offset depends on its index alone) and its DOM.
 */
export const RegisterRow = memo(function RegisterRow(props: RegisterRowProps) {
  const { id, entry, index, start, selected, context } = props;
  const { spec, fields, cellStyles, lookups, onOpen, onDelete, onKey } = context;
  return (
    <div
      role="row"
      className="reg-tr reg-row"
      aria-rowindex={index + 2}
      aria-selected={selected}
      data-row-index={index}
      data-testid="register-row"
      data-entry-id={id}
      style={{ top: start }}
      onClick={() => onOpen(id)}
    >
      {fields.map((field, column) => (
        <div key={field.key} role="cell" className={cellClass(field)} style={cellStyles[column]}>
          {column === 0 ? (
            <button
              type="button"
              className="link-button reg-open mono"
              aria-label={`Edit ${entryLabel(spec, entry)}`}
              data-testid={`open-${id}`}
              onKeyDown={(event) => onKey(event, index, entry)}
              onClick={(event) => {
                event.stopPropagation();
                onOpen(id);
              }}
            >
              {id}
            </button>
          ) : (
            <CellValue field={field} value={entry[field.key]} lookups={lookups} />
          )}
        </div>
      ))}
      <div role="cell" className="reg-td row-actions" style={ACTIONS_STYLE}>
        {onDelete ? (
          <button
            type="button"
            className="icon-button"
            aria-label={`Delete ${id}`}
            data-testid={`delete-${id}`}
            onClick={(event) => {
              event.stopPropagation();
              onDelete(entry);
            }}
          >
            <Icon name="trash" />
          </button>
        ) : null}
      </div>
    </div>
  );
});
