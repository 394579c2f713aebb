import type { z } from 'zod';
import type { RegisterKey, Registers } from '../model/registers';
import type { Workspace } from '../model/workspace';

/**
 * How a column's value is stored and shown. `ref`/`refs` name entries of another register,
 * `person` a person id of the profile, `control(s)` Annex A identifiers, `document` a document
 * ID; `enums` is a list of enumeration values, `texts` a list of lines; `json` is structured data
 * that only a register's own screen edits (a spreadsheet cell holds it as JSON).
 */
export type ColumnType =
  | 'text'
  | 'longtext'
  | 'enum'
  | 'enums'
  | 'boolean'
  | 'integer'
  | 'date'
  | 'person'
  | 'people'
  | 'ref'
  | 'refs'
  | 'control'
  | 'controls'
  | 'document'
  | 'version'
  | 'texts'
  | 'json';

export type EnumOption = { readonly value: string; readonly label: string };

export type RegisterColumn = {
  /** The entry's field name (or, for a derived column, the key `derive` returns). */
  readonly key: string;
  readonly label: string;
  readonly type: ColumnType;
  /** Suggested width in characters (tables multiply it, spreadsheets use it as is). */
  readonly width: number;
  /** One line for the field documentation and the form's help text. */
  readonly description: string;
  /** A value is needed before the entry can be saved. */
  readonly required?: boolean;
  /** An empty cell means null ("not set") rather than an empty text. */
  readonly nullable?: boolean;
  readonly options?: readonly EnumOption[];
  /** For `ref`/`refs`: the register whose ids the value holds. */
  readonly ref?: RegisterName;
  /** Computed by core from other data; read-only, exported but never imported. */
  readonly derived?: boolean;
  /**
   * Stored, but written only by the register's own actions (a review's figures, frozen when it
   * is recorded): the generic save refuses to change it.
   */
  readonly readOnly?: boolean;
  /** Left out of the table's default columns (still in the form, exports and docs). */
  readonly hidden?: boolean;
};

/** A problem with one field of one entry; `field` is the column key. */
export type EntryIssue = { readonly field: string; readonly message: string };

/** What derived values and rules may look at besides the entry itself. */
export type RegisterContext = {
  readonly registers: Registers;
  readonly workspace: Pick<Workspace, 'people' | 'documents' | 'roles' | 'roleSetup'>;
};

export type RegisterDeclaration<K extends RegisterKey = RegisterKey> = {
  /** The public name (CLI, API, file name): kebab-case, plural. */
  readonly name: RegisterName;
  /** The key of the register in `workspace.registers`. */
  readonly key: K;
  readonly title: string;
  /** One entry, in words: "risk", "treatment action". */
  readonly entryLabel: string;
  /** The ISO/IEC 27001 clauses and Annex A controls the register evidences. */
  readonly clauses: readonly string[];
  readonly summary: string;
  /** The id's prefix (R for R-001), or null when entries are keyed otherwise (the SoA). */
  readonly idPrefix: string | null;
  /** The field that identifies an entry: `id`, or `control` for the SoA. */
  readonly idField: string;
  /** Entries are a fixed list (the 93 Annex A controls): none added or deleted. */
  readonly fixed?: boolean;
  readonly schema: z.ZodType<Registers[K][number], unknown>;
  readonly columns: readonly RegisterColumn[];
  /** Builds (once per listing) the function that computes an entry's derived columns. */
  readonly derive?: (
    context: RegisterContext,
  ) => (entry: Registers[K][number]) => Readonly<Record<string, unknown>>;
  /** Completes an entry before it is saved (a management review freezes its figures). */
  readonly prepare?: (
    entry: Registers[K][number],
    context: RegisterContext,
  ) => Registers[K][number];
  /** Rules across fields or registers, checked on save and import and by the integrity check. */
  readonly rules?: (entry: Registers[K][number], context: RegisterContext) => EntryIssue[];
  /**
   * For registers without an id prefix whose new entries still need an id (people): makes one
   * from the entry, avoiding every id in `taken`.
   */
  readonly newId?: (entry: Readonly<Record<string, unknown>>, taken: ReadonlySet<string>) => string;
  /**
   * On import, the existing entry a row without an id stands for (a person by e-mail or name),
   * so that importing the same file twice updates rather than duplicates.
   */
  readonly identify?: (
    values: Readonly<Record<string, unknown>>,
    existing: readonly Readonly<Record<string, unknown>>[],
  ) => { id: string } | { problem: string } | null;
  /**
   * What outside the registers holds on to an entry (a role, a document's owner), each in
   * words; an entry that is held cannot be deleted or dropped by an import until it is let go.
   */
  readonly heldBy?: (workspace: Workspace, id: string) => string[];
};

export const REGISTER_NAMES = [
  'people',
  'context-issues',
  'interested-parties',
  'legal-requirements',
  'assets',
  'suppliers',
  'risks',
  'treatments',
  'soa',
  'objectives',
  'metrics',
  'measurements',
  'competence',
  'acknowledgements',
  'incidents',
  'audits',
  'findings',
  'nonconformities',
  'improvements',
  'management-reviews',
] as const;
export type RegisterName = (typeof REGISTER_NAMES)[number];

/** Options for an enumeration, with a label for every value (the compiler checks none is missed). */
export const enumOptions = <V extends string>(
  values: readonly V[],
  labels: Readonly<Record<V, string>>,
): EnumOption[] => values.map((value) => ({ value, label: labels[value] }));
