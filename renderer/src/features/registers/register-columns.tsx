import {
  columnFilteringFeature,
  createColumnHelper,
  createFilteredRowModel,
  createSortedRowModel,
  globalFilteringFeature,
  rowSortingFeature,
  tableFeatures,
  type ColumnDef,
} from '@tanstack/react-table';
import {
  compareSortValues,
  displayValue,
  matchesQuery,
  scalarText,
  searchText,
  sortValue,
} from './cell-format';
import type { Entry, FieldSpec, Lookups } from './register-spec';

export const registerFeatures = tableFeatures({
  rowSortingFeature,
  columnFilteringFeature,
  globalFilteringFeature,
  filteredRowModel: createFilteredRowModel(),
  sortedRowModel: createSortedRowModel(),
});

export type RegisterFeatures = typeof registerFeatures;
export type RegisterColumn = ColumnDef<RegisterFeatures, Entry>;

/** The hidden column the search box filters on: every displayed value of the row, once. */
export const SEARCH_COLUMN = '_search';

const helper = createColumnHelper<RegisterFeatures, Entry>();

/** Whether an entry's value matches a column filter (a value, or one of a list's values). */
export const matchesColumnFilter = (value: unknown, filter: unknown): boolean => {
  if (filter === undefined || filter === '') return true;
  const wanted = scalarText(filter);
  if (Array.isArray(value)) return value.some((item) => scalarText(item) === wanted);
  return scalarText(value) === wanted;
};

const fieldColumn = (field: FieldSpec, lookups: Lookups): RegisterColumn =>
  helper.accessor((row) => row[field.key], {
    id: field.key,
    header: field.label,
    enableGlobalFilter: false,
    sortFn: (a, b) =>
      compareSortValues(
        sortValue(field, a.original[field.key], lookups),
        sortValue(field, b.original[field.key], lookups),
      ),
    filterFn: (row, _columnId, filter) => matchesColumnFilter(row.original[field.key], filter),
    cell: (info) => displayValue(field, info.getValue(), lookups),
  });

/** Table columns for the fields shown in the table, plus the hidden search column. */
export const buildColumns = (fields: readonly FieldSpec[], lookups: Lookups): RegisterColumn[] => [
  ...fields.map((field) => fieldColumn(field, lookups)),
  helper.accessor((row) => searchText(fields, row, lookups), {
    id: SEARCH_COLUMN,
    header: '',
    enableSorting: false,
    enableGlobalFilter: true,
    filterFn: (row, columnId, query) =>
      matchesQuery(row.getValue<string>(columnId), scalarText(query)),
  }) as RegisterColumn,
];

/** The fields a column filter is offered for: those with a short list of values to pick from. */
export const filterableFields = (fields: readonly FieldSpec[]): FieldSpec[] =>
  fields.filter((f) => f.kind === 'enum' || f.kind === 'boolean' || f.kind === 'multi-enum');
