import { PEOPLE_LOOKUP, type Entry, type FieldSpec, type Lookups } from './register-spec';

/** A stored value as text: scalars as they are, anything structured as JSON. */
export const scalarText = (value: unknown): string => {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return JSON.stringify(value);
};

const asStrings = (value: unknown): string[] =>
  Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];

const optionLabel = (field: FieldSpec, value: string): string =>
  field.options?.find((option) => option.value === value)?.label ?? value;

/** The text a user reads in a table cell or an export preview; '' for an empty value. */
export const displayValue = (field: FieldSpec, value: unknown, lookups: Lookups): string => {
  if (value === null || value === undefined || value === '') return '';
  switch (field.kind) {
    case 'boolean':
      return value === true ? 'Yes' : value === false ? 'No' : '';
    case 'enum':
      return optionLabel(field, scalarText(value));
    case 'multi-enum':
      return asStrings(value)
        .map((v) => optionLabel(field, v))
        .join(', ');
    case 'person':
      return lookups[PEOPLE_LOOKUP]?.get(scalarText(value)) ?? scalarText(value);
    case 'people':
      return asStrings(value)
        .map((id) => lookups[PEOPLE_LOOKUP]?.get(id) ?? id)
        .join(', ');
    case 'references':
    case 'list':
      return asStrings(value).join(', ');
    default:
      return scalarText(value);
  }
};

/** What a column sorts by: numbers as numbers, everything else as its displayed text. */
export const sortValue = (field: FieldSpec, value: unknown, lookups: Lookups): number | string => {
  if (field.kind === 'integer') return typeof value === 'number' ? value : Number.NEGATIVE_INFINITY;
  if (field.kind === 'enum' && field.options) {
    // Enumerations sort in their declared order (planned < in progress < done), not A-Z.
    const index = field.options.findIndex((option) => option.value === value);
    return index === -1 ? Number.MAX_SAFE_INTEGER : index;
  }
  return displayValue(field, value, lookups).toLocaleLowerCase();
};

/** Compares two sort values; ids such as compare by their numbers. */
export const compareSortValues = (a: number | string, b: number | string): number => {
  if (typeof a === 'number' && typeof b === 'number') return a - b;
  return String(a).localeCompare(String(b), undefined, { numeric: true });
};

/** Every displayed value of an entry, lower-cased, for the search box. */
export const searchText = (fields: readonly FieldSpec[], entry: Entry, lookups: Lookups): string =>
  fields
    .map((field) => displayValue(field, entry[field.key], lookups))
    .join('\u0000')
    .toLocaleLowerCase();

/** True when every word of the query appears somewhere in the entry's text. */
export const matchesQuery = (text: string, query: string): boolean =>
  query
    .toLocaleLowerCase()
    .split(/\s+/)
    .filter(Boolean)
    .every((word) => text.includes(word));
