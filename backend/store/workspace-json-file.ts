import type { Adapter } from 'lowdb';
import { AppError } from '../../core/errors';
import { parseWorkspaceJson, validateWorkspace } from '../../core/model/parse-workspace';
import { migrateWorkspace } from '../../core/model/migrations';
import { stableStringify } from '../../core/model/stable-json';
import type { Workspace } from '../../core/model/workspace';
import { writeFileAtomic, type AtomicFs } from './atomic-write';
import { readTextIfExists, withBackupHint } from './backup';
import { sharedCheckedFileCache } from './checked-file-cache';
import { changedOnDisk, toIoError } from './io-error';
import { backupFilePath, workspaceFilePath } from './paths';
import { keepUnknownKeys } from './unknown-keys';
import { readByEntry } from './workspace-entries';

/** What one process knows about one workspace.json; shared by every handle on that folder. */
export type WorkspaceFileState = {
  /** The text last read or written successfully: known good, so it need not be parsed again. */
  lastGoodText: string | null;
  /** The text last copied to workspace.json.bak, to skip rewriting an identical backup. */
  lastBackupText: string | null;
  /** The last text parsed and its workspace: the same text is not parsed again. */
  lastParsed?: WorkspaceRead;
};

/** workspace.json as read: the parsed workspace and the exact text it came from (its revision). */
export type WorkspaceRead = { readonly workspace: Workspace; readonly text: string };

/** Reads and parses workspace.json; not-found, corrupt and invalid files are reported as such. */
export const readWorkspaceFile = async (
  root: string,
  state: WorkspaceFileState,
): Promise<WorkspaceRead> => {
  const file = workspaceFilePath(root);
  const text = await readTextIfExists(file).catch((error: unknown) => {
    throw asCorrupt(error);
  });
  if (text === null) {
    throw new AppError('not-found', `No workspace here: ${file} does not exist`, { file });
  }
  // The same text gives the same workspace object, so what is derived from it (the documents'
  // data, a render worker's copy) is kept while nothing changes.
  if (state.lastParsed?.text === text) {
    state.lastGoodText = text;
    return state.lastParsed;
  }
  const workspace = await parseOrHint(root, text, file);
  state.lastGoodText = text;
  state.lastParsed = { workspace, text };
  return state.lastParsed;
};

/**
 * Writes workspace.json if, and only if, the file on disk is still `expectedText` (a
 * compare-and-swap on its revision): a change another process or `git pull` made in between is
 * reported as a conflict, never overwritten. With `expectedText` null the check is against what
 * this process last read or wrote. Unknown keys in the file on disk are kept; an unreadable file
 * is never replaced; the good version being replaced becomes workspace.json.bak.
 * Callers hold the workspace lock (withWorkspaceLock).
 */
export const writeWorkspaceFile = async (
  root: string,
  state: WorkspaceFileState,
  fs: AtomicFs,
  workspace: Workspace,
  expectedText: string | null,
  /** Shapes what is written (the register lists live in their own files). */
  shape: (output: unknown) => unknown = (output) => output,
): Promise<void> => {
  const file = workspaceFilePath(root);
  const valid = validateWorkspace(workspace, file);
  const current = await readTextIfExists(file).catch((error: unknown) => {
    throw refusedSave(asCorrupt(error));
  });
  const expected = expectedText ?? state.lastGoodText;
  let output: unknown = valid;
  if (current !== null) {
    const before = await parseOrRefuse(root, current, file);
    if (expected !== null && current !== expected) throw changedOnDisk(file);
    output = keepUnknownKeys(before.raw, before.parsed, valid);
    await backUpCurrent(root, state, fs, current);
  }
  const text = stableStringify(shape(output));
  if (text === current) {
    state.lastGoodText = text;
    return;
  }
  try {
    await writeFileAtomic(file, text, { fs });
  } catch (error) {
    throw toIoError(error, 'save', file);
  }
  state.lastGoodText = text;
};

/** The lowdb adapter for workspace.json, on the functions above. */
export const createWorkspaceJsonAdapter = (
  root: string,
  state: WorkspaceFileState,
  fs: AtomicFs,
): Adapter<Workspace | null> => ({
  read: async () => (await readWorkspaceFile(root, state)).workspace,
  write: async (workspace) => {
    if (workspace !== null) await writeWorkspaceFile(root, state, fs, workspace, null);
  },
});

const isWorkspace = (value: unknown): value is Workspace => {
  const w = value as Partial<Workspace> | null;
  return (
    typeof w === 'object' &&
    w !== null &&
    typeof w.schemaVersion === 'number' &&
    Array.isArray(w.documents) &&
    typeof w.organisation === 'object' &&
    typeof w.registers === 'object'
  );
};

/**
 * The workspace as the schema reads the text; for text this code has checked before, the kept
 * reading (see checked-file-cache.ts: keyed by the bytes and the code) instead of checking it
 * again. A text that fails is never kept and is reported the same way every time.
 */
const parseOrHint = async (root: string, text: string, file: string): Promise<Workspace> => {
  const cache = await sharedCheckedFileCache();
  const bytes = cache ? Buffer.from(text, 'utf8') : null;
  const kept = bytes ? await cache?.get('workspace-json', bytes) : undefined;
  if (isWorkspace(kept)) return kept;
  let workspace: Workspace | null = cache ? await readByEntry(root, text, cache) : null;
  try {
    workspace ??= parseWorkspaceJson(text, file).workspace;
  } catch (error) {
    throw await withBackupHint(root, error);
  }
  if (bytes) await cache?.set('workspace-json', bytes, workspace);
  return workspace;
};

// The file on disk, both as JSON (after migration) and as the schema reads it, so that keys the
// schema does not know can be carried over. A file that does not parse is never replaced.
const parseOrRefuse = async (root: string, text: string, file: string) => {
  try {
    const parsed = parseWorkspaceJson(text, file).workspace;
    const raw = migrateWorkspace(JSON.parse(text) as Record<string, unknown>, file).data;
    return { raw, parsed };
  } catch (error) {
    throw refusedSave(await withBackupHint(root, error));
  }
};

const backUpCurrent = async (
  root: string,
  state: WorkspaceFileState,
  fs: AtomicFs,
  current: string,
) => {
  if (current === state.lastBackupText) return;
  const backup = backupFilePath(root);
  try {
    await writeFileAtomic(backup, current, { fs });
  } catch (error) {
    throw toIoError(error, 'back up to', backup);
  }
  state.lastBackupText = current;
};

// An encoding problem in workspace.json is a damaged workspace: the app then offers the backup.
const asCorrupt = (error: unknown) =>
  error instanceof AppError && error.code === 'invalid-input'
    ? new AppError('workspace-corrupt', error.message, error.details)
    : error;

const refusedSave = (error: unknown) => {
  if (!(error instanceof AppError)) return error;
  return new AppError(
    error.code,
    `Not saved, to keep the file on disk as it is: ${error.message}`,
    {
      ...error.details,
      refusedWrite: true,
    },
  );
};
