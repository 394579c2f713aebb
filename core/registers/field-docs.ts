import type { AnyDeclaration } from './registry';
import type { RegisterColumn } from './types';

// The field reference of every register, generated from the declarations, so the documentation
// cannot drift from what the app, the API and the spreadsheets accept.

const TYPE_WORDS: Readonly<Record<RegisterColumn['type'], string>> = {
  text: 'text',
  longtext: 'text (several lines)',
  enum: 'one value from a list',
  enums: 'values from a list, separated by ";"',
  boolean: 'yes or no',
  integer: 'whole number',
  date: 'date (YYYY-MM-DD)',
  person: 'person id from the organisation profile',
  people: 'person ids, separated by ";"',
  ref: 'id of an entry',
  refs: 'ids of entries, separated by ";"',
  control: 'Annex A control (e.g. 5.23)',
  controls: 'Annex A controls, separated by ";"',
  document: 'document ID',
  version: 'document version (e.g. 1.0)',
  texts: 'list of texts, one per line',
  json: 'structured data (JSON, as the export writes it)',
};

const cell = (text: string) => text.replace(/\|/g, '\\|').replace(/\s*\n\s*/g, ' ');

const typeOf = (column: RegisterColumn): string => {
  const words = TYPE_WORDS[column.type];
  if (column.ref) return `${words} in \`${column.ref}\``;
  return words;
};

const valuesOf = (column: RegisterColumn): string =>
  (column.options ?? []).map((o) => `\`${o.value}\` (${o.label})`).join(', ');

const flagsOf = (column: RegisterColumn): string =>
  column.derived
    ? 'derived: computed, never imported'
    : [
        column.required ? 'required' : 'optional',
        column.nullable ? 'empty means not set' : '',
        column.readOnly ? "read-only: written only by the register's own actions" : '',
      ]
        .filter(Boolean)
        .join('; ');

/** One register's fields as a Markdown section. */
export const describeRegisterFields = (declaration: AnyDeclaration): string => {
  const head = [
    `## ${declaration.title} (\`${declaration.name}\`)`,
    '',
    `${declaration.summary} Clauses and controls: ${declaration.clauses.join(', ')}. ` +
      (declaration.idPrefix
        ? `Entries are numbered ${declaration.idPrefix}-001, ${declaration.idPrefix}-002, ...; an id is never reused.`
        : `Entries are keyed by \`${declaration.idField}\`${declaration.fixed ? ' (a fixed list: none added or deleted)' : ''}.`),
    '',
    '| Field | Column | Type | Values | Required / derived | Description |',
    '| --- | --- | --- | --- | --- | --- |',
  ];
  const rows = declaration.columns.map(
    (c) =>
      `| \`${c.key}\` | ${cell(c.label)} | ${typeOf(c)} | ${cell(valuesOf(c))} | ${flagsOf(c)} | ${cell(c.description)} |`,
  );
  return [...head, ...rows, ''].join('\n');
};

/** The whole reference, as written to docs/registers.md. */
export const describeAllRegisterFields = (declarations: readonly AnyDeclaration[]): string =>
  [
    '# Register fields',
    '',
    '<!-- Generated from core/registers/declarations by `npm run docs:registers`; do not edit. -->',
    '',
    'Every register of a workspace, its fields and what each accepts. "Column" is the header in',
    'CSV and XLSX exports and imports (the field name is accepted too); enumerations are written',
    'by value and their labels are accepted on import. Derived fields are computed by the app and',
    'exported for reading; an import ignores them. The same reference for one register:',
    '`isms register describe NAME`.',
    '',
    ...declarations.map(describeRegisterFields),
  ].join('\n');
