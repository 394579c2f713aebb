import { lstat, readdir, rm } from 'node:fs/promises';
import { join } from 'node:path';

/** `.workspace.json.1234-89abcdef.tmp`: the temp files writeFileAtomic makes (see tempPathFor). */
const TEMP_NAME = /^\..+\.(\d+)-[0-9a-f]{8}\.tmp$/;
/** A temp file this old is abandoned whoever made it (a sync tool may copy one from elsewhere). */
const ABANDONED_MS = 60 * 60 * 1000;

const isRunning = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: the process exists but belongs to someone else.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
};

const isStale = (pid: number, ageMs: number) =>
  ageMs > ABANDONED_MS || (pid !== process.pid && !isRunning(pid));

/**
 * Removes the temp files that writers killed mid-save left behind, in the workspace folder and
 * its direct sub-folders. A temp file whose writer is still running is left alone: it is about to
 * be renamed into place. Best effort: a file that cannot be removed is skipped.
 */
export const removeStaleTempFiles = async (root: string, now = Date.now()): Promise<string[]> => {
  const removed: string[] = [];
  const folders = [root, ...(await subFolders(root))];
  for (const folder of folders) {
    const names = await readdir(folder).catch(() => [] as string[]);
    for (const name of names) {
      const match = TEMP_NAME.exec(name);
      if (!match) continue;
      const file = join(folder, name);
      const stats = await lstat(file).catch(() => null);
      if (!stats?.isFile() || !isStale(Number(match[1]), now - stats.mtimeMs)) continue;
      await rm(file, { force: true })
        .then(() => removed.push(file))
        .catch(() => undefined);
    }
  }
  return removed;
};

// Real folders only: a linked folder may point outside the workspace.
const subFolders = async (root: string) => {
  const entries = await readdir(root, { withFileTypes: true }).catch(() => []);
  return entries.filter((entry) => entry.isDirectory()).map((entry) => join(root, entry.name));
};
