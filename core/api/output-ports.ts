/**
 * A file being written by a long job (the Stage 1 pack), chunk by chunk. Nothing is visible under
 * its final name until `finish`; `discard` removes what was written.
 */
export type OutputFile = {
  /** An unguessable handle the app uses to save or download the finished file. */
  readonly id: string;
  /** Where the finished file is (absolute). */
  readonly path: string;
  readonly write: (chunk: Uint8Array) => Promise<void>;
  readonly finish: () => Promise<void>;
  readonly discard: () => Promise<void>;
};

/** Where long jobs write their output files; the backend provides it (Node file system). */
export type OutputFiles = {
  /**
   * A temporary file in the workspace's exports folder, kept until the user has saved or
   * downloaded it (or the next one is made there), offered under `fileName`.
   */
  readonly temporary: (dir: string, fileName: string) => Promise<OutputFile>;
  /** A file at a path the user chose (the command line's --out), replaced only when finished. */
  readonly at: (path: string) => Promise<OutputFile>;
};
