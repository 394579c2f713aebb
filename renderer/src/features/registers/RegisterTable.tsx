import { useTable, type ColumnFiltersState, type SortingState } from '@tanstack/react-table';
import { useVirtualizer } from '@tanstack/react-virtual';
import { useCallback, useEffect, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { matchesQuery, scalarText } from './cell-format';
import { buildColumns, registerFeatures, SEARCH_COLUMN } from './register-columns';
import {
  ACTIONS_STYLE,
  ACTIONS_WIDTH,
  cellStyle,
  RegisterRow,
  ROW_HEIGHT,
  type RowContext,
} from './RegisterRow';
import { entryId, type Entry, type Lookups, type RegisterSpec } from './register-spec';

// Rows past each edge of the view, rendered ahead so a fast scroll shows no blank band.
const OVERSCAN = 6;
const estimateSize = () => ROW_HEIGHT;

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
  const getScrollElement = useCallback(() => scrollRef.current, []);
  const getItemKey = useCallback((index: number) => rows[index]?.id ?? index, [rows]);
  // The virtualiser re-renders this component itself when the scroll position changes; stable
  // options keep it from re-measuring all 10,000 rows on every frame.
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement,
    estimateSize,
    getItemKey,
    overscan: OVERSCAN,
  });

  const onKey = useCallback(
    (event: KeyboardEvent, index: number, entry: Entry) => {
      const step = STEP[event.key];
      if (step) {
        event.preventDefault();
        const target = step(index, rows.length - 1);
        virtualizer.scrollToIndex(target, { align: 'auto' });
        // The row may only exist after the virtualiser re-renders.
        requestAnimationFrame(() =>
          scrollRef.current
            ?.querySelector<HTMLButtonElement>(`[data-row-index="${target}"] .reg-open`)
            ?.focus(),
        );
      } else if (event.key === 'Delete' && onDelete) {
        event.preventDefault();
        onDelete(entry);
      }
    },
    [rows.length, onDelete, virtualizer],
  );
  const cellStyles = useMemo(() => fields.map((field) => cellStyle(field.width)), [fields]);
  const context = useMemo<RowContext>(
    () => ({ spec, fields, cellStyles, lookups, onOpen, onDelete, onKey }),
    [spec, fields, cellStyles, lookups, onOpen, onDelete, onKey],
  );

  const minWidth = fields.reduce((sum, f) => sum + f.width, 0) + ACTIONS_WIDTH;
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
                    title={field?.derived ? `${field.label} (computed)` : field?.label}
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
            <div role="columnheader" className="reg-th" style={ACTIONS_STYLE}>
              <span className="visually-hidden">Actions</span>
            </div>
          </div>
        </div>
        <div className="reg-tbody" role="rowgroup" style={{ height: virtualizer.getTotalSize() }}>
          {virtualizer.getVirtualItems().map((item) => {
            const row = rows[item.index];
            return row ? (
              <RegisterRow
                key={row.id}
                id={row.id}
                entry={row.original}
                index={item.index}
                start={item.start}
                selected={row.id === selectedId}
                context={context}
              />
            ) : null;
          })}
        </div>
      </div>
    </div>
  );
};
