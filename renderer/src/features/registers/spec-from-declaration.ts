import type { AnyDeclaration } from '../../../../core/registers/registry';
import type { ColumnType, RegisterColumn } from '../../../../core/registers/types';
import {
  PEOPLE_LOOKUP,
  type FieldKind,
  type FieldSpec,
  type RegisterSpec,
  type Tone,
} from './register-spec';

/** The lookups that hold Annex A controls and document IDs, beside the registers' own names. */
export const CONTROLS_LOOKUP = 'controls';
export const DOCUMENTS_LOOKUP = 'documents';
/** The organisation's classification levels, offered for an asset's classification. */
export const CLASSIFICATION_LOOKUP = 'classification';

const KINDS: Readonly<Record<ColumnType, FieldKind>> = {
  text: 'text',
  longtext: 'longtext',
  enum: 'enum',
  enums: 'multi-enum',
  boolean: 'boolean',
  integer: 'integer',
  date: 'date',
  person: 'person',
  people: 'people',
  ref: 'reference',
  refs: 'references',
  control: 'reference',
  controls: 'references',
  document: 'reference',
  version: 'text',
  texts: 'list',
  json: 'text',
};

const lookupFor = (column: RegisterColumn): string | undefined => {
  switch (column.type) {
    case 'ref':
    case 'refs':
      return column.ref;
    case 'control':
    case 'controls':
      return CONTROLS_LOOKUP;
    case 'document':
      return DOCUMENTS_LOOKUP;
    case 'people':
      return PEOPLE_LOOKUP;
    case 'text':
      // Stored as text, so a level renamed in the profile later still loads (and is flagged).
      return column.key === 'classification' ? CLASSIFICATION_LOOKUP : undefined;
    default:
      return undefined;
  }
};

// Graded values read at a glance: the same colour for the same meaning in every register.
const TONES: Readonly<Record<string, Tone>> = {
  high: 'danger',
  critical: 'danger',
  major: 'danger',
  open: 'danger',
  missed: 'danger',
  'not-implemented': 'danger',
  medium: 'warning',
  minor: 'warning',
  'at-risk': 'warning',
  'in-progress': 'warning',
  'partially-implemented': 'warning',
  low: 'success',
  done: 'success',
  closed: 'success',
  achieved: 'success',
  implemented: 'success',
  'on-track': 'success',
  effective: 'success',
  planned: 'accent',
  cancelled: 'muted',
};

/** Characters to pixels: a column declared 10 characters wide is about 95 px. */
const pixels = (characters: number) => Math.round(Math.max(characters, 6) * 7.5 + 20);

const fieldOf = (column: RegisterColumn): FieldSpec => ({
  key: column.key,
  label: column.label,
  kind: KINDS[column.type],
  width: pixels(column.width),
  hint: column.description,
  // Structured values are edited on a register's own screen, never in the generic form.
  derived: column.derived === true || column.readOnly === true || column.type === 'json',
  inTable: column.hidden !== true && column.type !== 'json',
  nullable: column.nullable === true,
  required: column.required === true,
  ...(lookupFor(column) ? { references: lookupFor(column) } : {}),
  ...(column.options
    ? {
        options: column.options.map((option) => ({
          ...option,
          ...(TONES[option.value] ? { tone: TONES[option.value] } : {}),
        })),
      }
    : {}),
});

/** What the generic register screen needs, taken from the register's one declaration. */
export const specFromDeclaration = (declaration: AnyDeclaration): RegisterSpec => {
  const fields = declaration.columns.map(fieldOf);
  const label = declaration.columns.find(
    (c) => c.key !== declaration.idField && (c.type === 'text' || c.type === 'longtext'),
  );
  return {
    name: declaration.name,
    title: declaration.title,
    singular: declaration.entryLabel,
    description: declaration.summary,
    idField: declaration.idField,
    labelField: label?.key ?? declaration.idField,
    fields,
    schema: declaration.schema,
    canAdd: declaration.fixed !== true,
  };
};
