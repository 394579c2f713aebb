/** Native services the UI needs, independent of Electron or the browser. */
export type Platform = {
  readonly kind: 'electron' | 'browser';
  /** Asks the user for a folder; resolves to its path, or null when cancelled. */
  pickFolder(): Promise<string | null>;
  /** Offers the file to the user (save dialog or download); resolves to the name or path
   * saved, or null when cancelled. */
  saveFile(name: string, base64: string): Promise<string | null>;
};
