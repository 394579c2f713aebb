import type { z } from 'zod';

/** How a field is shown in the table and edited in the form. */
export type FieldKind =
  | 'text'
  | 'longtext'
  | 'integer'
  | 'date'
  | 'enum'
  | 'multi-enum'
  | 'boolean'
  | 'person'
  | 'people'
  | 'reference'
  | 'references'
  | 'list';

/** A colour for graded values (levels, statuses): the chip a table cell shows. */
export type Tone = 'danger' | 'warning' | 'success' | 'accent' | 'muted';

export type FieldOption = { readonly value: string; readonly label: string; readonly tone?: Tone };

/** One column of a register: what the table, the form and the filters need to know. */
export type FieldSpec = {
  readonly key: string;
  readonly label: string;
  readonly kind: FieldKind;
  /** Column width in pixels. */
  readonly width: number;
  /** Allowed values with their labels, for enum and multi-enum fields. */
  readonly options?: readonly FieldOption[];
  /** Computed by the app (scores, levels, linked entries): shown, never typed. */
  readonly derived?: boolean;
  /** Shown in the table (derived fields and short fields usually are). */
  readonly inTable?: boolean;
  /** The register whose ids a reference field holds (`assets`, `risks`, `controls`...). */
  readonly references?: string;
  readonly hint?: string;
  /** An empty value means "not set" (null); for a yes/no field, "not decided". */
  readonly nullable?: boolean;
  readonly required?: boolean;
};

/** Everything the generic register screen needs about one register. */
export type RegisterSpec = {
  /** The register's API name: `risks`, `assets`, `soa`... */
  readonly name: string;
  /** Plural title for the screen, e.g. "Risks". */
  readonly title: string;
  /** Singular noun for buttons and messages, e.g. "risk". */
  readonly singular: string;
  /** One line under the title: what the register holds and which clause asks for it. */
  readonly description: string;
  /** The field holding the entry's stable id (`id`, or `control` for the SoA). */
  readonly idField: string;
  /** The field that names an entry in messages (a title, a name). */
  readonly labelField: string;
  readonly fields: readonly FieldSpec[];
  /** Validates a whole entry; the app's own model schema. */
  readonly schema: z.ZodType;
  /** False for registers whose entries are fixed (the SoA has one per control). */
  readonly canAdd: boolean;
};

export type EntryValue = string | number | boolean | null | readonly string[] | undefined;
export type Entry = Readonly<Record<string, unknown>>;

/** Labels for ids that entries point at: people by id, assets by id... */
export type Lookups = Readonly<Record<string, ReadonlyMap<string, string>>>;

/** The pseudo-register of people, always available to `person` fields. */
export const PEOPLE_LOOKUP = 'people';

export const entryId = (spec: RegisterSpec, entry: Entry): string => {
  const value = entry[spec.idField];
  return typeof value === 'string' ? value : '';
};

export const entryLabel = (spec: RegisterSpec, entry: Entry): string => {
  const id = entryId(spec, entry);
  const label = entry[spec.labelField];
  return typeof label === 'string' && label && label !== id ? `${id} ${label}` : id;
};

/** The plural of an entry's noun, for counts and empty states ("2 risks", "No people yet"). */
export const plural = (noun: string): string =>
  noun === 'person' ? 'people' : noun.endsWith('y') ? `${noun.slice(0, -1)}ies` : `${noun}s`;
