import type { Entry } from './register-spec';

/** An entry elsewhere in the workspace that points at the one about to be deleted. */
export type Reference = { readonly register: string; readonly id: string; readonly label: string };

/** One bad cell or row of an import file. */
export type ImportProblem = {
  readonly row: number;
  readonly column: string;
  readonly reason: string;
};

export type ImportOutcome =
  | { readonly ok: true; readonly count: number }
  | { readonly ok: false; readonly problems: readonly ImportProblem[] };

export type TransferFormat = 'csv' | 'xlsx';

/** What the register screen asks of the backend for one register. */
export type RegisterClient = {
  readonly list: () => Promise<Entry[]>;
  /** Adds an entry; the backend assigns its id. Resolves to the saved entry. */
  readonly create: (entry: Entry) => Promise<Entry>;
  readonly update: (id: string, entry: Entry) => Promise<Entry>;
  /**
   * Deletes an entry unless others refer to it and `confirm` is false; the entries that refer
   * to it are returned either way.
   */
  readonly remove: (
    id: string,
    confirm: boolean,
  ) => Promise<{ deleted: boolean; references: readonly Reference[] }>;
  readonly exportFile: (format: TransferFormat) => Promise<{ fileName: string; data: string }>;
  /** Replaces the register from a file; changes nothing when any row is bad. */
  readonly importFile: (fileName: string, data: string) => Promise<ImportOutcome>;
};
