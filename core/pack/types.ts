import type { DocumentMeta } from '../model/workspace';

/** A document as the pack carries it: its current approved version, or (draft) its working text. */
export type PackedDocument = { readonly meta: DocumentMeta; readonly draft: boolean };

/** One cell of a generated spreadsheet. */
export type Cell = string | number | boolean | null;

/** A worksheet: a header row and data rows; the writer adds widths and a frozen header. */
export type SheetSpec = {
  readonly name: string;
  readonly columns: readonly string[];
  readonly rows: readonly (readonly Cell[])[];
};

/** What the pack needs from the platform: spreadsheets and hashes (Node has both built in). */
export type PackTools = {
  /** An .xlsx workbook; the same sheets must always give the same bytes. */
  readonly xlsx: (sheets: readonly SheetSpec[]) => Promise<Uint8Array>;
  /** Lower-case hexadecimal SHA-256. */
  readonly sha256: (bytes: Uint8Array) => Promise<string>;
};

export type PackProgress = { readonly done: number; readonly total: number; readonly step: string };

export type PackFile = { readonly path: string; readonly bytes: Uint8Array };

/**
 * Where the ZIP goes as it is made, chunk by chunk in order (a file on disk): the pack never
 * holds the whole ZIP in memory.
 */
export type PackSink = { readonly write: (chunk: Uint8Array) => Promise<void> };

export type PackResult = {
  readonly fileName: string;
  /** Bytes written to the sink. */
  readonly size: number;
  readonly files: readonly { path: string; size: number; sha256: string }[];
  readonly documents: number;
  readonly drafts: number;
};
