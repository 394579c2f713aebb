import { AppError, isAppError } from '../../core/errors';
import { parseWorkspaceJson } from '../../core/model/parse-workspace';
import { nodeAtomicFs, writeFileAtomic, type AtomicFs } from './atomic-write';
import { toIoError } from './io-error';
import { readTextIfExists } from './safe-read';
import { BACKUP_FILE, backupFilePath, workspaceFilePath } from './paths';

export type BackupState = { readonly file: string; readonly usable: boolean } | null;

export type RestoreResult = {
  /** The workspace.json that now holds the backup's content. */
  readonly restored: string;
  /** Where the replaced workspace.json was kept, or null when there was none to keep. */
  readonly keptAs: string | null;
};

/** Reads a text file (a regular file, strict UTF-8), or null when it does not exist. */
export { readTextIfExists } from './safe-read';

/** Whether workspace.json.bak exists and whether it would restore cleanly. */
export const inspectBackup = async (root: string): Promise<BackupState> => {
  const file = backupFilePath(root);
  const text = await readTextIfExists(file).catch(() => null);
  if (text === null) return null;
  try {
    parseWorkspaceJson(text, file);
    return { file, usable: true };
  } catch {
    return { file, usable: false };
  }
};

/** Adds to a workspace-corrupt/-invalid error whether a last-good backup can be restored. */
export const withBackupHint = async (root: string, error: unknown): Promise<unknown> => {
  if (!isAppError(error) || !['workspace-corrupt', 'workspace-invalid'].includes(error.code)) {
    return error;
  }
  const backup = await inspectBackup(root);
  const hint =
    backup === null
      ? ' No backup (workspace.json.bak) is available.'
      : backup.usable
        ? ` A backup of the last good version exists (${BACKUP_FILE}) and can be restored.`
        : ` A backup exists (${BACKUP_FILE}) but it is not valid either.`;
  return new AppError(error.code, `${error.message}.${hint}`, {
    ...error.details,
    backup: backup?.file ?? null,
    backupUsable: backup?.usable ?? false,
  });
};

/**
 * Replaces workspace.json with workspace.json.bak, only if the backup itself parses and
 * validates. The replaced file is kept beside it (workspace.json.replaced-<time>) so no hand
 * edit is lost.
 */
export const restoreBackup = async (
  root: string,
  options: { readonly fs?: AtomicFs; readonly now?: () => Date } = {},
): Promise<RestoreResult> => {
  const fs = options.fs ?? nodeAtomicFs;
  const backupFile = backupFilePath(root);
  const target = workspaceFilePath(root);
  const backupText = await readTextIfExists(backupFile);
  if (backupText === null) {
    throw new AppError('not-found', `No backup to restore: ${backupFile} does not exist`, {
      file: backupFile,
    });
  }
  parseWorkspaceJson(backupText, backupFile);
  const current = await readTextIfExists(target);
  let keptAs: string | null = null;
  try {
    if (current !== null && current !== backupText) {
      const stamp = (options.now ?? (() => new Date()))().toISOString().replace(/[:.]/g, '-');
      keptAs = `${target}.replaced-${stamp}`;
      await writeFileAtomic(keptAs, current, { fs, overwrite: false });
    }
    await writeFileAtomic(target, backupText, { fs });
  } catch (error) {
    throw toIoError(error, 'restore', target);
  }
  return { restored: target, keptAs };
};
