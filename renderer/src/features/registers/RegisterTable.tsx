import { useTable, type ColumnFiltersState, type SortingState } from '@tanstack/react-table';
import { useVirtualizer } from '@tanstack/react-virtual';
import { useCallback, useEffect, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { Icon } from '../../components/Icon';
import { matchesQuery, scalarText } from './cell-format';
import { CellValue } from './CellValue';
import { buildColumns, registerFeatures, SEARCH_COLUMN } from './register-columns';
import { entryId, entryLabel, type Entry, type Lookups, type RegisterSpec } from './register-spec';

export const ROW_HEIGHT = 40;
const ACTIONS_WIDTH = 48;

type RegisterTableProps = {
  spec: RegisterSpec;
  entries: readonly Entry[];
  lookups: Lookups;
  query: string;
  columnFilters: ColumnFiltersState;
  selectedId: string | null;
  onOpen: (id: string) => void;
  onDelete: ((entry: Entry) => void) | null;
  /** Tells the page how many rows pass the search and filters. */
  onVisibleCount?: (count: number) => void;
};

const searchOnly = (column: { id: string }) => column.id === SEARCH_COLUMN;
const searchFilter = (row: { getValue: <T>(id: string) => T }, columnId: string, value: unknown) =>
  matchesQuery(row.getValue<string>(columnId), scalarText(value));

const STEP: Readonly<Record<string, (index: number, last: number) => number>> = {
  ArrowDown: (i, last) => Math.min(i + 1, last),
  ArrowUp: (i) => Math.max(i - 1, 0),
  PageDown: (i, last) => Math.min(i + 10, last),
  PageUp: (i) => Math.max(i - 10, 0),
  Home: () => 0,
  End: (_i, last) => last,
};

/** A register as a sortable, filterable table that renders only the rows in view. */
export const RegisterTable = (props: RegisterTableProps) => {
  const { spec, entries, lookups, query, columnFilters, selectedId, onOpen, onDelete } = props;
  // The id comes first: its cell holds the button that opens the entry.
  const fields = useMemo(
    () => [
      ...spec.fields.filter((field) => field.key === spec.idField),
      ...spec.fields.filter((field) => field.key !== spec.idField && field.inTable !== false),
    ],
    [spec.fields, spec.idField],
  );
  const columns = useMemo(() => buildColumns(fields, lookups), [fields, lookups]);
  const [sorting, setSorting] = useState<SortingState>([{ id: spec.idField, desc: false }]);
  // Stable options: a new function on every render would make the table filter 10,000 rows again.
  const getRowId = useCallback((row: Entry) => entryId(spec, row), [spec]);
  const data = entries as Entry[];
  const table = useTable({
    features: registerFeatures,
    columns,
    data,
    state: { sorting, columnFilters, globalFilter: query },
    onSortingChange: setSorting,
    getColumnCanGlobalFilter: searchOnly,
    globalFilterFn: searchFilter,
    getRowId,
  });
  const rows = table.getRowModel().rows;
  const { onVisibleCount } = props;
  useEffect(() => onVisibleCount?.(rows.length), [onVisibleCount, rows.length]);

  const scrollRef = useRef<HTMLDivElement>(null);
  // The virtualiser re-renders this component itself when the scroll position changes.
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ROW_HEIGHT,
    getItemKey: (index) => rows[index]?.id ?? index,
    overscan: 8,
  });

  const focusRow = (index: number) => {
    virtualizer.scrollToIndex(index, { align: 'auto' });
    // The row may only exist after the virtualiser re-renders.
    requestAnimationFrame(() =>
      scrollRef.current
        ?.querySelector<HTMLButtonElement>(`[data-row-index="${index}"] .reg-open`)
        ?.focus(),
    );
  };

  const onRowKey = (event: KeyboardEvent, index: number, entry: Entry) => {
    const step = STEP[event.key];
    if (step) {
      event.preventDefault();
      focusRow(step(index, rows.length - 1));
    } else if (event.key === 'Delete' && onDelete) {
      event.preventDefault();
      onDelete(entry);
    }
  };

  const minWidth = fields.reduce((sum, f) => sum + f.width, 0) + ACTIONS_WIDTH;
  const cellStyle = (width: number) => ({ flex: `${width} 0 ${width}px` });
  const headers = table.getHeaderGroups()[0]?.headers.filter((h) => h.column.id !== SEARCH_COLUMN);

  return (
    <div
      className="table-wrap reg-table-scroll"
      ref={scrollRef}
      data-testid={`register-table-${spec.name}`}
    >
      <div
        className="reg-table"
        role="table"
        aria-label={spec.title}
        aria-rowcount={rows.length + 1}
        style={{ minWidth }}
      >
        <div className="reg-thead" role="rowgroup">
          <div className="reg-tr" role="row" aria-rowindex={1}>
            {headers?.map((header) => {
              const sorted = header.column.getIsSorted();
              const field = fields.find((f) => f.key === header.column.id);
              return (
                <div
                  key={header.id}
                  role="columnheader"
                  className="reg-th"
                  style={cellStyle(field?.width ?? 120)}
                  aria-sort={
                    sorted === 'asc' ? 'ascending' : sorted === 'desc' ? 'descending' : 'none'
                  }
                >
                  <button
                    type="button"
                    className="sort-button"
                    data-testid={`sort-${header.column.id}`}
                    onClick={header.column.getToggleSortingHandler()}
                  >
                    {field?.label}
                    {field?.derived ? <span className="reg-derived-mark">auto</span> : null}
                    <span className="sort-indicator" aria-hidden="true">
                      {sorted === 'asc' ? '↑' : sorted === 'desc' ? '↓' : ''}
                    </span>
                  </button>
                </div>
              );
            })}
            <div role="columnheader" className="reg-th" style={cellStyle(ACTIONS_WIDTH)}>
              <span className="visually-hidden">Actions</span>
            </div>
          </div>
        </div>
        <div className="reg-tbody" role="rowgroup" style={{ height: virtualizer.getTotalSize() }}>
          {virtualizer.getVirtualItems().map((item) => {
            const row = rows[item.index];
            if (!row) return null;
            const entry = row.original;
            return (
              <div
                key={row.id}
                role="row"
                className="reg-tr reg-row"
                aria-rowindex={item.index + 2}
                aria-selected={row.id === selectedId}
                data-row-index={item.index}
                data-testid="register-row"
                data-entry-id={row.id}
                style={{ transform: `translateY(${item.start}px)`, height: ROW_HEIGHT }}
                onClick={() => onOpen(row.id)}
              >
                {fields.map((field, index) => (
                  <div
                    key={field.key}
                    role="cell"
                    className={`reg-td${field.kind === 'integer' ? ' numeric' : ''}`}
                    style={cellStyle(field.width)}
                  >
                    {index === 0 ? (
                      <button
                        type="button"
                        className="link-button reg-open mono"
                        aria-label={`Edit ${entryLabel(spec, entry)}`}
                        data-testid={`open-${row.id}`}
                        onKeyDown={(event) => onRowKey(event, item.index, entry)}
                        onClick={(event) => {
                          event.stopPropagation();
                          onOpen(row.id);
                        }}
                      >
                        {row.id}
                      </button>
                    ) : (
                      <CellValue field={field} value={entry[field.key]} lookups={lookups} />
                    )}
                  </div>
                ))}
                <div role="cell" className="reg-td row-actions" style={cellStyle(ACTIONS_WIDTH)}>
                  {onDelete ? (
                    <button
                      type="button"
                      className="icon-button"
                      aria-label={`Delete ${row.id}`}
                      data-testid={`delete-${row.id}`}
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
          })}
        </div>
      </div>
    </div>
  );
};
