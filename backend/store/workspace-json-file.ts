import type { Adapter } from 'lowdb';
import { AppError } from '../../core/errors';
import { parseWorkspaceJson, validateWorkspace } from '../../core/model/parse-workspace';
import { stableStringify } from '../../core/model/stable-json';
import type { Workspace } from '../../core/model/workspace';
import { writeFileAtomic, type AtomicFs } from './atomic-write';
import { readTextIfExists, withBackupHint } from './backup';
import { toIoError } from './io-error';
import { backupFilePath, workspaceFilePath } from './paths';

/** What one process knows about one workspace.json; shared by every handle on that folder. */
export type WorkspaceFileState = {
  /** The text last read or written successfully: known good, so it need not be parsed again. */
  lastGoodText: string | null;
  /** The text last copied to workspace.json.bak, to skip rewriting an identical backup. */
  lastBackupText: string | null;
};

/**
 * The lowdb adapter for workspace.json. Reading goes through parseWorkspaceJson (migrations,
 * positions, field paths); writing validates, refuses to replace a file that no longer parses,
 * keeps the previous good version as workspace.json.bak and writes atomically with fsync.
 * (lowdb's own TextFile/steno writer does not fsync and cannot be given a file system to test
 * a crash with, hence an explicit adapter rather than DataFile.)
 */
export const createWorkspaceJsonAdapter = (
  root: string,
  state: WorkspaceFileState,
  fs: AtomicFs,
): Adapter<Workspace | null> => {
  const file = workspaceFilePath(root);
  return {
    read: async () => {
      const text = await readTextIfExists(file);
      if (text === null) {
        throw new AppError('not-found', `No workspace here: ${file} does not exist`, { file });
      }
      const workspace = await parseOrHint(root, text, file);
      state.lastGoodText = text;
      return workspace;
    },
    write: async (workspace) => {
      if (workspace === null) return;
      const text = stableStringify(validateWorkspace(workspace, file));
      await backUpCurrent(root, state, fs);
      try {
        await writeFileAtomic(file, text, { fs });
      } catch (error) {
        throw toIoError(error, 'save', file);
      }
      state.lastGoodText = text;
    },
  };
};

const parseOrHint = async (root: string, text: string, file: string): Promise<Workspace> => {
  try {
    return parseWorkspaceJson(text, file).workspace;
  } catch (error) {
    throw await withBackupHint(root, error);
  }
};

// Reads what is on disk now: an unreadable file is never replaced (the save is refused), and a
// good one becomes the backup before it is overwritten.
const backUpCurrent = async (root: string, state: WorkspaceFileState, fs: AtomicFs) => {
  const file = workspaceFilePath(root);
  const current = await readTextIfExists(file);
  if (current === null) return;
  if (current !== state.lastGoodText) {
    try {
      await parseOrHint(root, current, file);
    } catch (error) {
      throw refusedSave(error);
    }
  }
  if (current === state.lastBackupText) return;
  const backup = backupFilePath(root);
  try {
    await writeFileAtomic(backup, current, { fs });
  } catch (error) {
    throw toIoError(error, 'back up to', backup);
  }
  state.lastBackupText = current;
};

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
