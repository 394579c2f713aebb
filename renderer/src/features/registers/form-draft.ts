import type { z } from 'zod';
import { scalarText } from './cell-format';
import type { Entry, FieldSpec, Lookups, RegisterSpec } from './register-spec';

/** What the form holds while the user types: text for most fields, flags and choices as such. */
export type DraftValue = string | boolean | readonly string[];
export type Draft = Readonly<Record<string, DraftValue>>;

/** Messages keyed by field key; `_entry` holds problems no single field owns. */
export type FormErrors = Readonly<Record<string, string>>;
export const ENTRY_ERROR = '_entry';

const LIST_SEPARATOR = /\s*(?:[,;]|\n)\s*/;

export const editableFields = (spec: RegisterSpec): FieldSpec[] =>
  spec.fields.filter((field) => !field.derived);

const strings = (value: unknown): string[] =>
  Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];

const draftValue = (field: FieldSpec, value: unknown): DraftValue => {
  switch (field.kind) {
    case 'boolean':
      // A yes/no that may be undecided is a three-way choice; the others are a checkbox.
      return field.nullable ? (typeof value === 'boolean' ? String(value) : '') : value === true;
    case 'multi-enum':
    case 'people':
      return strings(value);
    case 'references':
      return strings(value).join(', ');
    case 'list':
      return strings(value).join('\n');
    default:
      return scalarText(value);
  }
};

/** The form's starting values for an entry (or for a new one when `entry` is empty). */
export const toDraft = (spec: RegisterSpec, entry: Entry): Draft =>
  Object.fromEntries(editableFields(spec).map((f) => [f.key, draftValue(f, entry[f.key])]));

// Free-text items may contain commas, so they are one per line; ids may also be comma-separated.
const splitList = (text: string, separator: RegExp): string[] =>
  text
    .split(separator)
    .map((part) => part.trim())
    .filter(Boolean);

const entryValue = (field: FieldSpec, value: DraftValue | undefined): unknown => {
  if (typeof value === 'boolean') return value;
  if (Array.isArray(value)) return [...(value as readonly string[])];
  const text = typeof value === 'string' ? value : '';
  switch (field.kind) {
    case 'boolean':
      return text === '' ? null : text === 'true';
    case 'integer':
      return text.trim() === '' ? null : Number(text.trim());
    case 'date':
    case 'enum':
    case 'person':
    case 'reference':
      return text.trim() === '' ? null : text.trim();
    case 'references':
      return splitList(text, LIST_SEPARATOR);
    case 'list':
      return splitList(text, /\n/);
    default:
      return text;
  }
};

/** The entry the form describes: the original entry with the form's fields replaced. */
export const fromDraft = (
  spec: RegisterSpec,
  base: Entry,
  draft: Draft,
): Record<string, unknown> => {
  const next: Record<string, unknown> = { ...base };
  for (const field of editableFields(spec)) next[field.key] = entryValue(field, draft[field.key]);
  return next;
};

const sentence = (text: string) => {
  const trimmed = text.trim();
  const capital = trimmed.charAt(0).toUpperCase() + trimmed.slice(1);
  return capital.endsWith('.') ? capital : `${capital}.`;
};

const CHOSEN: readonly FieldSpec['kind'][] = ['enum', 'person', 'reference'];

// zod leaves the input out of its issues, so the value the form produced is passed in.
const messageFor = (issue: z.core.$ZodIssue, field: FieldSpec | undefined, value: unknown) => {
  if (value === null || value === undefined)
    return field && CHOSEN.includes(field.kind) ? 'Choose one.' : 'Required.';
  if (typeof value === 'number' && Number.isNaN(value)) return 'Enter a whole number.';
  if (issue.code === 'invalid_type' && issue.expected === 'number') return 'Enter a whole number.';
  if (issue.code === 'too_small' && issue.origin === 'string') return 'Required.';
  if (issue.code === 'too_small' && issue.origin === 'array') return 'Add at least one.';
  if (issue.code === 'too_small' && issue.origin === 'number')
    return `Use ${String(issue.minimum)} or more.`;
  if (issue.code === 'too_big' && issue.origin === 'number')
    return `Use ${String(issue.maximum)} or less.`;
  if (issue.code === 'invalid_value' && field?.options) return 'Choose one of the listed values.';
  return sentence(issue.message);
};

const unknownReferences = (field: FieldSpec, value: unknown, lookups: Lookups): string[] => {
  const known = field.references ? lookups[field.references] : undefined;
  if (!known) return [];
  const ids = Array.isArray(value) ? strings(value) : typeof value === 'string' ? [value] : [];
  return ids.filter((id) => !known.has(id));
};

const referenceErrors = (spec: RegisterSpec, candidate: Entry, lookups: Lookups) => {
  const errors: Record<string, string> = {};
  for (const field of editableFields(spec)) {
    if (field.kind !== 'reference' && field.kind !== 'references') continue;
    const missing = unknownReferences(field, candidate[field.key], lookups);
    if (missing.length > 0)
      errors[field.key] =
        `${missing.join(', ')} ${missing.length === 1 ? 'is' : 'are'} not in the ${field.references} register.`;
  }
  return errors;
};

export type Validation =
  | { ok: true; value: Record<string, unknown>; errors: FormErrors }
  | { ok: false; errors: FormErrors };

/**
 * Checks the candidate entry with the register's schema and its references to other registers.
 * A new entry has no id yet (the backend hands one out), so its id is neither checked nor sent.
 */
export const validateEntry = (
  spec: RegisterSpec,
  candidate: Entry,
  lookups: Lookups,
  isNew = false,
): Validation => {
  const errors: Record<string, string> = referenceErrors(spec, candidate, lookups);
  const result = spec.schema.safeParse(candidate);
  for (const issue of result.error?.issues ?? []) {
    const key = String(issue.path[0] ?? ENTRY_ERROR);
    if (isNew && key === spec.idField) continue;
    const field = spec.fields.find((f) => f.key === key);
    errors[field || key === ENTRY_ERROR ? key : ENTRY_ERROR] ??= field
      ? messageFor(issue, field, candidate[key])
      : sentence(`${issue.path.join('.')}: ${issue.message}`);
  }
  if (Object.keys(errors).length > 0) return { ok: false, errors };
  if (isNew) {
    // The backend hands out the id and applies the schema's defaults.
    const rest = Object.fromEntries(Object.entries(candidate).filter(([k]) => k !== spec.idField));
    return { ok: true, value: rest, errors };
  }
  if (!result.success) return { ok: false, errors };
  return { ok: true, value: result.data as Record<string, unknown>, errors };
};

/** The form's errors as sentences that name their field, for the summary above the form. */
export const errorSummary = (spec: RegisterSpec, errors: FormErrors): string[] =>
  Object.entries(errors).map(([key, message]) => {
    const label = spec.fields.find((field) => field.key === key)?.label;
    return label ? `${label}: ${message}` : message;
  });

type Shaped = {
  shape: Readonly<
    Record<string, { safeParse: (v: unknown) => { success: boolean; data?: unknown } }>
  >;
};

const hasShape = (schema: unknown): schema is Shaped =>
  typeof schema === 'object' && schema !== null && 'shape' in schema;

/** A new entry's starting values: each field's default from the register's schema, if it has one. */
export const newEntryDefaults = (spec: RegisterSpec): Record<string, unknown> => {
  if (!hasShape(spec.schema)) return {};
  const defaults: Record<string, unknown> = {};
  for (const field of editableFields(spec)) {
    const result = spec.schema.shape[field.key]?.safeParse(undefined);
    if (result?.success && result.data !== undefined) defaults[field.key] = result.data;
  }
  return defaults;
};
