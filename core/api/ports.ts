import type { Workspace } from '../model/workspace';
import type { Template, TemplateFile } from '../templates/types';

/** The time, from one place, so that output is repeatable under test. */
export type Clock = {
  /** Now, as a Date. */
  readonly now: () => Date;
};

/** One open workspace folder. Every write is atomic; nothing here overwrites an unreadable file. */
export type WorkspaceFiles = {
  readonly root: string;
  /** Reads and validates workspace.json; throws AppError naming the file and field or position. */
  readonly read: () => Promise<Workspace>;
  /**
   * Writes workspace.json atomically, pretty-printed with stable key order, if it is unchanged on
   * disk since this process last read it (else a conflict). Prefer `update`.
   */
  readonly write: (workspace: Workspace) => Promise<void>;
  /**
   * Read-change-write of workspace.json under the workspace lock, safe across processes: `change`
   * sees the freshest file and may do other file work first (a new document's body); the result
   * is written only if nobody changed the file in between. Resolves with what was written.
   */
  readonly update: (
    change: (workspace: Workspace) => Workspace | Promise<Workspace>,
  ) => Promise<Workspace>;
  /**
   * Runs `task` holding the workspace lock, for work that spans several files (a snapshot and
   * the metadata that names it). Re-entrant; every write method here takes the same lock.
   */
  readonly exclusive: <T>(task: () => Promise<T>) => Promise<T>;
  /** Reads documents/<id>.md; not-found AppError when missing. */
  readonly readBody: (documentId: string) => Promise<string>;
  /**
   * Writes documents/<id>.md atomically. With `expectedRevision` (the `textRevision` of the body
   * as the writer read it), the write happens only if the file still holds that text (or the new
   * one, or is gone), checked under the workspace lock; otherwise a 'conflict' AppError with
   * `reason: 'body-changed'` and nothing written.
   */
  readonly writeBody: (
    documentId: string,
    body: string,
    expectedRevision?: string,
  ) => Promise<void>;
  /** Removes documents/<id>.md if present. */
  readonly deleteBody: (documentId: string) => Promise<void>;
  /**
   * Freezes an approved version: history/<id>@<version>.md (the source) and, when given, .json
   * (the filled text and its data) and .docx (the Word file made from the record, which names
   * its hash). Never overwrites the source or the record: a file that already holds the same
   * bytes is accepted (a retried approval), a different one is a 'conflict' AppError and nothing
   * is written. The .docx is written first, so a record never names a file not yet there.
   * `leftovers: 'replace'` (an approval that found no entry for this version in workspace.json,
   * read under the same lock hold) replaces any file already there: it was left by an approval
   * that was stopped before it recorded anything, so it is evidence of nothing.
   */
  readonly writeSnapshot: (
    documentId: string,
    version: string,
    body: string,
    record?: string,
    wordFile?: Uint8Array,
    leftovers?: 'keep' | 'replace',
  ) => Promise<void>;
  /** Reads a frozen version; `record` is null when only the source was frozen. */
  readonly readSnapshot: (
    documentId: string,
    version: string,
  ) => Promise<{ body: string; record: string | null }>;
  /**
   * The SHA-256 (hex) of a frozen version's source and record files, each when it is known
   * without reading the file (unchanged since this process hashed it); undefined otherwise.
   */
  readonly snapshotDigests?: (
    documentId: string,
    version: string,
  ) => Promise<{ body: string | undefined; record: string | undefined }>;
  /** Reads a file inside the workspace (the logo); refuses paths that leave the folder. */
  readonly readFile: (relativePath: string) => Promise<Uint8Array>;
  /** Writes assets/<name> atomically (a logo, a reference .docx); resolves to its relative path. */
  readonly writeAsset: (name: string, data: Uint8Array) => Promise<string>;
};

/** Creates and opens workspace folders. */
export type WorkspaceStore = {
  /** Creates a workspace in an empty or missing folder; refuses a folder that already has one. */
  readonly create: (
    root: string,
    workspace: Workspace,
    bodies: Readonly<Record<string, string>>,
  ) => Promise<WorkspaceFiles>;
  /** Opens an existing workspace folder after checking that workspace.json is readable. */
  readonly open: (root: string) => Promise<WorkspaceFiles>;
  /**
   * Puts the last good workspace.json back (from workspace.json.bak) when the backup itself is
   * valid; the damaged file is kept beside it, never deleted.
   */
  readonly restoreBackup: (root: string) => Promise<{ restored: string; keptAs: string | null }>;
};

/** Template files: the built-in library plus, when given, a workspace's own templates/ folder. */
export type TemplateSource = {
  readonly list: (workspaceRoot: string | null) => Promise<readonly TemplateFile[]>;
  /** Where parsed templates outlive the process (see KeptResults); absent parses each run. */
  readonly kept?: KeptResults | null;
  /**
   * A built-in template as the build parsed it, when `file` is a built-in file whose text is
   * exactly the text parsed then (by the same code); null for any other file, which is parsed.
   */
  readonly builtParsed?: (file: TemplateFile) => Template | null;
};

/**
 * Results kept between processes, outside any workspace (the user's cache folder). `digest` is a
 * SHA-256; the backend files each entry under a digest that also names the code, so an entry
 * made by another build is never found. `get` answers undefined for anything it cannot vouch for.
 */
export type KeptResults = {
  readonly digest: (text: string) => string;
  readonly get: (key: string) => Promise<unknown>;
  readonly set: (key: string, value: unknown) => Promise<void>;
};

/** The list of recently opened workspaces, kept outside any workspace (app settings). */
export type RecentWorkspaces = {
  readonly list: () => Promise<readonly { dir: string; name: string }[]>;
  /** Moves the workspace to the top of the list. */
  readonly remember: (dir: string, name: string) => Promise<void>;
};
