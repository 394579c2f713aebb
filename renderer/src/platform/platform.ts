/** Native services the UI needs, independent of Electron or the browser. */
export type Platform = {
  readonly kind: 'electron' | 'browser';
  /** Asks the user for a folder; resolves to its path, or null when cancelled. */
  pickFolder(): Promise<string | null>;
  /** Offers the file to the user (save dialog or download); resolves to the name or path
   * saved, or null when cancelled. */
  saveFile(name: string, base64: string): Promise<string | null>;
  /** Offers a file the backend wrote (the Stage 1 pack) without its bytes passing through the
   * API: a save dialog that copies it, or a download; resolves like `saveFile`. */
  saveOutput(file: OutputRef): Promise<string | null>;
  /** Asks the user for one file (`accept` like `['.csv', '.xlsx']`); resolves to its name and
   * bytes in base64, or null when cancelled. Rejects when the file cannot be read. */
  openFile(accept: readonly string[]): Promise<OpenedFile | null>;
};

/** A finished output file of the backend: its handle and the name to offer. */
export type OutputRef = { readonly id: string; readonly name: string };

export type OpenedFile = { readonly name: string; readonly base64: string };
