import type { RegisterColumn } from './types';

// One spreadsheet cell <-> one field value, by column type. Lists are written "a; b" (lines for
// `texts`), booleans "yes"/"no", enumerations by value (labels are accepted on import), and
// structured data as JSON, so that an export imports back without loss.

export type CellResult = { readonly value: unknown } | { readonly error: string };

const LIST_SEPARATOR = /[;,\n]/;

export const toCell = (column: RegisterColumn, value: unknown): string => {
  if (value === null || value === undefined) return '';
  if (column.type === 'json') {
    const empty = Array.isArray(value) ? value.length === 0 : Object.keys(value).length === 0;
    return empty ? '' : JSON.stringify(value);
  }
  if (Array.isArray(value)) return value.join(column.type === 'texts' ? '\n' : '; ');
  if (typeof value === 'boolean') return value ? 'yes' : 'no';
  if (typeof value === 'number') return String(value);
  return typeof value === 'string' ? value : JSON.stringify(value);
};

const BOOLEANS: Readonly<Record<string, boolean>> = {
  yes: true,
  y: true,
  true: true,
  '1': true,
  no: false,
  n: false,
  false: false,
  '0': false,
};

const matchOption = (column: RegisterColumn, text: string): string | null => {
  const wanted = text.toLowerCase();
  const option = column.options?.find(
    (o) => o.value.toLowerCase() === wanted || o.label.toLowerCase() === wanted,
  );
  return option?.value ?? null;
};

const optionList = (column: RegisterColumn) =>
  (column.options ?? []).map((o) => o.value).join(', ');

const emptyValue = (column: RegisterColumn): CellResult => {
  if (column.nullable) return { value: null };
  switch (column.type) {
    case 'enums':
    case 'refs':
    case 'controls':
    case 'people':
    case 'texts':
      return { value: [] };
    case 'text':
    case 'longtext':
      return { value: '' };
    default:
      // Left out, so the schema's default applies or a required field is reported as missing.
      return { value: undefined };
  }
};

// A real calendar day, so that 2026-02-30 is refused on import instead of stored.
const dateProblem = (text: string): string | null => {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!match) return `expected a date as YYYY-MM-DD, not "${text}"`;
  const [year, month, day] = match.slice(1).map(Number) as [number, number, number];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCMonth() === month - 1 && date.getUTCDate() === day
    ? null
    : `${text} is not a date in the calendar`;
};

/** Parses a cell's text for a column; an error says what was expected. */
export const fromCell = (column: RegisterColumn, raw: string): CellResult => {
  const text = raw.trim();
  if (text === '') return emptyValue(column);
  switch (column.type) {
    case 'boolean': {
      const value = BOOLEANS[text.toLowerCase()];
      return value === undefined ? { error: `expected yes or no, not "${text}"` } : { value };
    }
    case 'integer':
      return /^-?\d+$/.test(text)
        ? { value: Number(text) }
        : { error: `expected a whole number, not "${text}"` };
    case 'enum': {
      const value = matchOption(column, text);
      return value === null ? { error: `expected one of ${optionList(column)}` } : { value };
    }
    case 'enums': {
      const parts = text
        .split(LIST_SEPARATOR)
        .map((p) => p.trim())
        .filter(Boolean);
      const values = parts.map((p) => matchOption(column, p));
      const bad = parts.filter((_, i) => values[i] === null);
      return bad.length
        ? { error: `"${bad.join('", "')}": expected any of ${optionList(column)}` }
        : { value: values };
    }
    case 'refs':
    case 'controls':
    case 'people':
      return {
        value: text
          .split(LIST_SEPARATOR)
          .map((p) => p.trim())
          .filter(Boolean),
      };
    case 'texts':
      return {
        value: raw
          .split('\n')
          .map((p) => p.trim())
          .filter(Boolean),
      };
    case 'json':
      try {
        return { value: JSON.parse(text) as unknown };
      } catch {
        return { error: 'expected JSON, as the export writes it' };
      }
    case 'text':
    case 'longtext':
      return { value: raw.trim() };
    case 'date': {
      const problem = dateProblem(text);
      return problem ? { error: problem } : { value: text };
    }
    default:
      return { value: text };
  }
};
