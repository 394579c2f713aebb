import type { RegisterTable } from './table';
import type { ColumnType } from './types';

export const SHEET_FORMATS = ['csv', 'xlsx'] as const;
export type SheetFormat = (typeof SHEET_FORMATS)[number];

export type SheetColumn = {
  readonly label: string;
  readonly width: number;
  readonly type: ColumnType;
  /** Values a cell may hold (enumerations, booleans), offered as a drop-down list. */
  readonly options: readonly string[];
};

export type SheetSpec = {
  readonly title: string;
  readonly columns: readonly SheetColumn[];
  readonly rows: readonly (readonly string[])[];
};

/**
 * Reads and writes spreadsheets (CSV and XLSX). A port, because the libraries that do it well
 * need Node; the backend implements it. `read` throws invalid-input for a file it cannot read.
 */
export type SheetCodec = {
  readonly write: (format: SheetFormat, sheet: SheetSpec) => Promise<Uint8Array>;
  readonly read: (format: SheetFormat, bytes: Uint8Array) => Promise<RegisterTable>;
};
