import { mkdir, realpath, rm } from 'node:fs/promises';
import { dirname, join, relative, resolve } from 'node:path';
import type { WorkspaceFiles, WorkspaceStore } from '../../core/api/ports';
import { AppError, isAppError } from '../../core/errors';
import { validateWorkspace } from '../../core/model/parse-workspace';
import { stableStringify } from '../../core/model/stable-json';
import type { Workspace } from '../../core/model/workspace';
import { errorCode, nodeAtomicFs, writeFileAtomic, type AtomicFs } from './atomic-write';
import { knownDigestOf } from './folder-digests';
import { toIoError } from './io-error';
import {
  WORKSPACE_FOLDERS,
  assertDocumentId,
  assetFilePath,
  bodyFilePath,
  resolveInside,
  snapshotFilePath,
  workspaceFilePath,
} from './paths';
import { restoreBackup } from './backup';
import { prepareNewWorkspaceFolder } from './new-workspace-folder';
import { readRegularFile, readText } from './safe-read';
import { assertBodyUnchanged } from './body-revision-check';
import {
  freezeSnapshot,
  pathExists,
  stoppedApprovalLeft,
  type SnapshotPart,
} from './snapshot-files';
import { removeStaleTempFiles } from './stale-temp-files';
import {
  readWorkspaceFile,
  writeWorkspaceFile,
  type WorkspaceFileState,
} from './workspace-json-file';
import { withWorkspaceLock } from './workspace-lock';
import {
  readRegisterFiles,
  withoutRegisterLists,
  writeRegisterFiles,
  type RegisterFileState,
} from './register-files';

export type FileWorkspaceStoreOptions = {
  /** File-system calls used for atomic writes; tests inject a failing rename to simulate a crash. */
  readonly fs?: AtomicFs;
};

type FolderState = WorkspaceFileState & {
  readonly registers: RegisterFileState;
  /** The last workspace read, with the workspace.json part it was made from. */
  lastRead?: { readonly base: Workspace; readonly full: Workspace };
};

/** The workspace store on lowdb and plain files (DESIGN.md §3); one instance per process. */
export const createFileWorkspaceStore = (
  options: FileWorkspaceStoreOptions = {},
): WorkspaceStore => {
  const fs = options.fs ?? nodeAtomicFs;
  const folders = new Map<string, FolderState>();
  // Keyed by real path, so two spellings of one folder share what they know.
  const stateFor = async (root: string): Promise<FolderState> => {
    const key = await realpath(root).catch((error: unknown) => {
      throw toIoError(error, 'open', root);
    });
    let state = folders.get(key);
    if (!state) {
      state = { lastGoodText: null, lastBackupText: null, registers: new Map() };
      folders.set(key, state);
    }
    return state;
  };

  return {
    create: async (root, workspace, bodies) => {
      await prepareNewWorkspaceFolder(root);
      const folder = resolve(root);
      const state = await stateFor(folder);
      await withWorkspaceLock(folder, () => createWorkspace(folder, workspace, bodies, state, fs));
      return openFiles(folder, state, fs);
    },
    open: async (root) => {
      const folder = resolve(root);
      const state = await stateFor(folder);
      const files = openFiles(folder, state, fs);
      await files.read();
      await removeStaleTempFiles(folder);
      return files;
    },
    restoreBackup: async (root) => {
      const folder = resolve(root);
      const state = await stateFor(folder);
      return withWorkspaceLock(folder, async () => {
        const result = await restoreBackup(folder, { fs });
        // What was on disk before is no longer the last good version.
        state.lastGoodText = null;
        return result;
      });
    },
  };
};

const ensureFolder = async (folder: string) => {
  try {
    await mkdir(folder, { recursive: true });
  } catch (error) {
    throw toIoError(error, 'create the folder', folder);
  }
};

const createWorkspace = async (
  root: string,
  workspace: Workspace,
  bodies: Readonly<Record<string, string>>,
  state: FolderState,
  fs: AtomicFs,
) => {
  const file = workspaceFilePath(root);
  if (await pathExists(file)) {
    throw new AppError('conflict', `${root} already holds a workspace (${file})`, { file });
  }
  const valid = validateWorkspace(workspace, file);
  const text = stableStringify(withoutRegisterLists(valid));
  Object.keys(bodies).forEach(assertDocumentId);
  for (const folder of WORKSPACE_FOLDERS) await ensureFolder(join(root, folder));
  for (const [id, body] of Object.entries(bodies)) {
    await writeOrFail(root, bodyFilePath(root, id), body, fs, 'save');
  }
  state.registers.clear();
  await writeRegisterFiles(root, state.registers, fs, valid);
  // Written last and never over an existing file: a half-made workspace does not look complete.
  try {
    await writeFileAtomic(file, text, { fs, overwrite: false });
  } catch (error) {
    if (errorCode(error) === 'EEXIST') {
      throw new AppError('conflict', `${root} already holds a workspace (${file})`, { file });
    }
    throw toIoError(error, 'create', file);
  }
  state.lastGoodText = text;
};

const openFiles = (root: string, state: FolderState, fs: AtomicFs): WorkspaceFiles => {
  const locked = <T>(task: () => Promise<T>) => withWorkspaceLock(root, task);
  return {
    root,
    read: async () => (await readAll(root, state)).workspace,
    write: (workspace) => locked(() => writeAll(root, state, fs, workspace, null)),
    update: (change) =>
      locked(async () => {
        const { workspace, text } = await readAll(root, state);
        const next = await change(workspace);
        await writeAll(root, state, fs, next, text);
        return next;
      }),
    exclusive: locked,
    // Paths are checked inside async functions so that a bad id rejects instead of throwing.
    readBody: async (documentId) => readBody(root, bodyFilePath(root, documentId), documentId),
    writeBody: async (documentId, body, expectedRevision) => {
      const file = bodyFilePath(root, documentId);
      await locked(async () => {
        if (expectedRevision !== undefined) {
          await assertBodyUnchanged(root, file, documentId, body, expectedRevision);
        }
        await writeOrFail(root, file, body, fs, 'save');
      });
    },
    deleteBody: async (documentId) => {
      const file = bodyFilePath(root, documentId);
      await locked(() => deleteFile(file));
    },
    writeSnapshot: async (documentId, version, body, record, wordFile, leftovers = 'keep') => {
      const file = snapshotFilePath(root, documentId, version);
      const json = snapshotFilePath(root, documentId, version, 'json');
      const docx = snapshotFilePath(root, documentId, version, 'docx');
      await locked(async () => {
        const replace =
          leftovers === 'replace' &&
          (await stoppedApprovalLeft({ docx, json, md: file }, { documentId, version }));
        // The Word file first, so a record is never on disk without the Word file it names.
        const parts: SnapshotPart[] = wordFile ? [{ file: docx, data: wordFile, replace }] : [];
        if (record !== undefined) parts.push({ file: json, data: record, replace });
        parts.push({ file, data: body, replace });
        await freezeSnapshot(root, parts, { documentId, version }, fs);
      });
    },
    readSnapshot: async (documentId, version) => {
      const file = snapshotFilePath(root, documentId, version);
      const json = snapshotFilePath(root, documentId, version, 'json');
      const body = await readSnapshotFile(root, file, documentId, version);
      const record = await readSnapshotFile(root, json, documentId, version).catch(
        (error: unknown) => {
          if (isAppError(error) && error.code === 'not-found') return null;
          throw error;
        },
      );
      return { body, record };
    },
    snapshotDigests: async (documentId, version) => ({
      body: await knownDigestInside(root, snapshotFilePath(root, documentId, version)),
      record: await knownDigestInside(root, snapshotFilePath(root, documentId, version, 'json')),
    }),
    readFile: async (relativePath) => {
      const file = await resolveInside(root, relativePath);
      return readBytes(file);
    },
    writeAsset: async (name, data) => {
      const file = assetFilePath(root, name);
      await locked(() => writeOrFail(root, file, data, fs, 'save'));
      return `assets/${name}`;
    },
  };
};

// workspace.json plus the register files (registers/<name>.json), read and written as one.
const readAll = async (root: string, state: FolderState) => {
  const { workspace, text } = await readWorkspaceFile(root, state);
  const full = await readRegisterFiles(root, state.registers, workspace);
  return { workspace: unchangedRead(state, workspace, full), text };
};

// While no file changed, a read returns the very workspace object of the last read: the
// documents' data built from it (WeakMap-keyed, 0.5 s at 10,000 risks) and the render workers'
// copy of it (sent once per object) are then reused instead of rebuilt on every request.
const unchangedRead = (state: FolderState, base: Workspace, full: Workspace): Workspace => {
  const last = state.lastRead;
  const same =
    last !== undefined &&
    last.base === base &&
    Object.keys(full.registers).every(
      (key) =>
        key === 'nextIds' ||
        full.registers[key as keyof Workspace['registers']] ===
          last.full.registers[key as keyof Workspace['registers']],
    ) &&
    stableStringify(full.registers.nextIds) === stableStringify(last.full.registers.nextIds);
  if (same) return last.full;
  state.lastRead = { base, full };
  return full;
};

// Register files first, workspace.json last: a crash in between leaves register files that are
// each complete, and a workspace.json whose own lists (if any) the files override on reading.
const writeAll = async (
  root: string,
  state: FolderState,
  fs: AtomicFs,
  workspace: Workspace,
  expectedText: string | null,
) => {
  await writeRegisterFiles(root, state.registers, fs, workspace);
  // The lists are validated entry by entry above; workspace.json validates the rest.
  const { riskMethod, climateChange } = workspace.registers;
  const rest = { ...workspace, registers: { riskMethod, climateChange } } as unknown as Workspace;
  await writeWorkspaceFile(root, state, fs, rest, expectedText, withoutRegisterLists);
};

// A body that is a symbolic link to a file outside the workspace (say, in a cloned repository) is
// refused, so opening someone else's workspace cannot show or export the user's own files.
// Strict UTF-8; a byte-order mark (Windows editors add one) is not part of the Markdown.
const readTextInside = async (
  root: string,
  file: string,
  missing: string,
  details: Record<string, string>,
): Promise<string> => {
  let real: string;
  try {
    real = await resolveInside(root, relative(root, file));
  } catch (error) {
    if (isAppError(error) && error.code === 'not-found') {
      throw new AppError('not-found', `${missing}: ${file} does not exist`, { file, ...details });
    }
    throw error;
  }
  return readText(real);
};

const readBody = (root: string, file: string, documentId: string): Promise<string> =>
  readTextInside(root, file, `Document ${documentId} has no body`, { documentId });

const readBytes = async (file: string): Promise<Uint8Array> =>
  new Uint8Array(await readRegularFile(file));

// documents/ or history/ may be a symbolic link in a workspace someone else made; a save must
// still land inside the workspace folder.
const makeFolderInside = async (root: string, file: string) => {
  await mkdir(dirname(file), { recursive: true });
  await resolveInside(root, relative(root, dirname(file)));
};

const writeOrFail = async (
  root: string,
  file: string,
  text: string | Uint8Array,
  fs: AtomicFs,
  action: string,
) => {
  try {
    await makeFolderInside(root, file);
    await writeFileAtomic(file, text, { fs });
  } catch (error) {
    throw toIoError(error, action, file);
  }
};

/**
 * The digest of a file of the workspace as this process last hashed it (see knownDigestOf),
 * resolved inside the workspace as a read would be; undefined otherwise.
 */
const knownDigestInside = async (root: string, file: string): Promise<string | undefined> => {
  try {
    return knownDigestOf(await resolveInside(root, relative(root, file))) ?? undefined;
  } catch {
    return undefined;
  }
};

const readSnapshotFile = (
  root: string,
  file: string,
  documentId: string,
  version: string,
): Promise<string> =>
  readTextInside(root, file, `Version ${version} of ${documentId} is not frozen`, {
    documentId,
    version,
  });

const deleteFile = async (file: string) => {
  try {
    await rm(file, { force: true });
  } catch (error) {
    throw toIoError(error, 'delete', file);
  }
};
