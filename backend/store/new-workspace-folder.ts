import { lstat, mkdir, readdir } from 'node:fs/promises';
import { dirname, isAbsolute, join, sep } from 'node:path';
import { AppError } from '../../core/errors';
import { errorCode } from './atomic-write';
import { toIoError } from './io-error';
import { WORKSPACE_FILE } from './paths';

/** What a folder may already hold and still count as empty for a new workspace. */
const HARMLESS = new Set([
  '.isms.lock',
  '.git',
  '.gitignore',
  '.gitattributes',
  '.DS_Store',
  'Thumbs.db',
]);
/** Folders the operating system fills itself; a workspace there makes no sense (and /proc spins). */
const SYSTEM_ROOTS = ['/proc', '/sys', '/dev'];

/**
 * Checks that `folder` can take a new workspace and creates it: an absolute path, outside the
 * system's own folders, and missing or empty (apart from a git repository), so a workspace never
 * lands among a user's other files. Missing folders are made one level at a time, which fails
 * cleanly where a recursive mkdir may loop (in /proc).
 */
export const prepareNewWorkspaceFolder = async (folder: string): Promise<void> => {
  if (!isAbsolute(folder)) {
    throw new AppError(
      'invalid-input',
      `Choose a full folder path for the new workspace; "${folder}" is relative`,
      { field: 'dir', value: folder },
    );
  }
  if (process.platform !== 'win32' && SYSTEM_ROOTS.some((r) => isWithin(r, folder))) {
    throw new AppError(
      'invalid-input',
      `${folder} is inside a system folder; choose a folder of your own`,
      { field: 'dir', value: folder },
    );
  }
  const missing = await missingLevels(folder);
  if (missing.length === 0) return assertEmpty(folder);
  for (const level of missing) {
    try {
      await mkdir(level);
    } catch (error) {
      if (errorCode(error) === 'EEXIST') continue;
      throw creationError(level, error);
    }
  }
};

const isWithin = (root: string, path: string) => path === root || path.startsWith(`${root}${sep}`);

// The folders to create, outermost first; throws when an existing level is not a folder.
const missingLevels = async (folder: string): Promise<string[]> => {
  const missing: string[] = [];
  for (let current = folder; ; current = dirname(current)) {
    const stats = await lstat(current).catch((error: unknown) => {
      // ENOTDIR: a level above is a file; the loop reaches and names it.
      if (['ENOENT', 'ENOTDIR'].includes(errorCode(error) ?? '')) return null;
      throw toIoError(error, 'check', current);
    });
    if (stats?.isDirectory() || (stats?.isSymbolicLink() && current !== folder)) break;
    if (stats) {
      throw new AppError('invalid-input', `${current} is a file, not a folder`, { file: current });
    }
    missing.unshift(current);
    if (dirname(current) === current) break;
  }
  return missing;
};

const assertEmpty = async (folder: string) => {
  const entries = await readdir(folder).catch((error: unknown) => {
    throw toIoError(error, 'open', folder);
  });
  if (entries.includes(WORKSPACE_FILE)) {
    throw new AppError(
      'conflict',
      `${folder} already holds a workspace (${join(folder, WORKSPACE_FILE)})`,
      {
        file: join(folder, WORKSPACE_FILE),
      },
    );
  }
  const others = entries.filter((name) => !HARMLESS.has(name));
  if (others.length > 0) {
    const shown = others.slice(0, 3).join(', ') + (others.length > 3 ? ', ...' : '');
    throw new AppError(
      'invalid-input',
      `${folder} is not empty (${shown}); choose an empty or new folder for the workspace`,
      { field: 'dir', value: folder },
    );
  }
};

const creationError = (level: string, error: unknown) => {
  const code = errorCode(error);
  if (code === 'EACCES' || code === 'EPERM' || code === 'EROFS') {
    return new AppError(
      'io-failed',
      `Could not create the folder ${level}: ${dirname(level)} is read-only or not yours (${code})`,
      { file: level, cause: code },
    );
  }
  return toIoError(error, 'create the folder', level);
};
