import { AsyncLocalStorage } from 'node:async_hooks';
import { randomUUID } from 'node:crypto';
import * as nodeFs from 'node:fs';
import { realpath, rename, rm, writeFile } from 'node:fs/promises';
import { hostname } from 'node:os';
import { join, resolve } from 'node:path';
import lockfile from 'proper-lockfile';
import { AppError } from '../../core/errors';
import { errorCode } from './atomic-write';
import { toIoError } from './io-error';
import { readText } from './safe-read';
import { createWriteQueue, type WriteQueue } from './write-queue';

/** The lock folder inside a workspace; empty, so git and most sync tools never carry it. */
export const LOCK_DIR = '.isms.lock';

export type WorkspaceLockOptions = {
  /** A lock not refreshed for this long belongs to a crashed process and is taken over. */
  readonly staleMs?: number;
  /** How long to wait for another process before the save fails. */
  readonly waitMs?: number;
};

const DEFAULT_STALE_MS = 30_000;
// Longer than the stale time, so that a lock left on another machine is taken over in one wait.
const DEFAULT_WAIT_MS = 45_000;

type Held = { readonly folders: ReadonlySet<string>; active: boolean };
const held = new AsyncLocalStorage<Held>();
const queues = new Map<string, WriteQueue>();

/**
 * Runs `task` while holding the workspace's lock: one writer at a time across every process
 * (the app, the `isms` command, a second browser-mode server) and, inside one process, one after
 * another. Every write to any file of a workspace goes through here; a read-change-write must
 * read inside the task, so it sees what the previous holder wrote. Re-entrant: a task that calls
 * another locked operation on the same folder does not wait for itself.
 *
 * The lock is a folder (`.isms.lock`, made with mkdir, which is atomic) kept fresh by
 * proper-lockfile, with a file naming its owner inside. A lock left by a process on this machine
 * that no longer runs is taken over at once; any other is taken over once it is `staleMs` old.
 */
export const withWorkspaceLock = async <T>(
  dir: string,
  task: () => Promise<T>,
  options: WorkspaceLockOptions = {},
): Promise<T> => {
  // Queued by the folder as given, before anything asynchronous, so tasks of one process run in
  // the order they were asked for: two saves of one document must never land newest first.
  const given = resolve(dir);
  const current = held.getStore();
  if (current?.active && current.folders.has(given)) return task();
  let queue = queues.get(given);
  if (!queue) {
    queue = createWriteQueue();
    queues.set(given, queue);
  }
  return queue.run(async () => {
    const key = await realpath(dir).catch((error: unknown) => {
      throw toIoError(error, 'open', dir);
    });
    // The same folder already held under another name (a symbolic link): part of that task.
    if (current?.active && current.folders.has(key)) return task();
    const lock = await acquire(key, options);
    const folders = new Set([...(current?.folders ?? []), key, given]);
    const context: Held = { folders, active: true };
    try {
      return await held.run(context, task);
    } finally {
      context.active = false;
      await lock.release();
    }
  });
};

/** Whether the calling code already holds the lock on `dir` (for assertions in tests). */
export const holdsWorkspaceLock = async (dir: string): Promise<boolean> => {
  const current = held.getStore();
  if (!current?.active) return false;
  return current.folders.has(await realpath(dir));
};

const acquire = async (folder: string, options: WorkspaceLockOptions) => {
  const staleMs = options.staleMs ?? staleFromEnvironment() ?? DEFAULT_STALE_MS;
  const waitMs = options.waitMs ?? DEFAULT_WAIT_MS;
  const lockPath = join(folder, LOCK_DIR);
  const deadline = Date.now() + waitMs;
  let compromised: Error | null = null;
  for (let attempt = 0; ; attempt += 1) {
    try {
      const release = await lockfile.lock(folder, {
        lockfilePath: lockPath,
        realpath: false,
        stale: staleMs,
        update: Math.max(1_000, Math.floor(staleMs / 4)),
        fs: lockFs,
        // The default throws from a timer and would end the process; the task's own write is
        // guarded by a revision check, so a lost lock is reported, not fatal.
        onCompromised: (error) => {
          compromised = error;
        },
      });
      const token = await writeOwner(lockPath);
      return {
        release: async () => {
          if (!compromised) return release().catch(() => undefined);
          // proper-lockfile also gives up when a busy event loop kept it from refreshing the
          // lock in time; that matters only if another process really took the lock meanwhile.
          if ((await readOwner(lockPath))?.token === token) {
            await rm(lockPath, { recursive: true, force: true });
            return undefined;
          }
          throw lostLock(folder, compromised);
        },
      };
    } catch (error) {
      // ENOENT and ENOTEMPTY: another process removed or took over the lock folder while this
      // one looked at it; that is contention, not failure.
      if (!RETRYABLE.includes(errorCode(error) ?? '') || Date.now() > deadline) {
        throw lockError(folder, lockPath, error, waitMs);
      }
      if (await takeOverFromDeadOwner(lockPath)) continue;
      await sleep(Math.min(200, 10 * 1.5 ** attempt) * (0.5 + Math.random()));
    }
  }
};

const RETRYABLE = ['ELOCKED', 'ENOENT', 'ENOTEMPTY'];

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

// proper-lockfile removes its lock folder with rmdir; ours holds the owner file, so remove both.
const lockFs = {
  ...nodeFs,
  rmdir: (path: string, callback: (error: Error | null) => void) =>
    nodeFs.rm(path, { recursive: true, force: false }, callback),
};

const OWNER_FILE = 'owner';

// Who holds the lock: on this machine, a lock whose process has gone (killed, crashed) can be
// taken over at once instead of after the stale time.
const writeOwner = async (lockPath: string) => {
  const owner = { pid: process.pid, host: hostname(), token: randomUUID() };
  await writeFile(join(lockPath, OWNER_FILE), JSON.stringify(owner)).catch(() => undefined);
  return owner.token;
};

const readOwner = async (lockPath: string) => {
  try {
    const text = await readText(join(lockPath, OWNER_FILE));
    return JSON.parse(text) as { pid?: unknown; host?: unknown; token?: unknown };
  } catch {
    return null;
  }
};

const isRunning = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return errorCode(error) === 'EPERM';
  }
};

/**
 * Takes over a lock whose owner process on this machine no longer runs. The folder is renamed
 * away first (only one of several waiting processes can do that) and checked again afterwards;
 * had a live holder replaced it in between, it is put back.
 */
const takeOverFromDeadOwner = async (lockPath: string): Promise<boolean> => {
  const owner = await readOwner(lockPath);
  if (!owner || owner.host !== hostname() || typeof owner.pid !== 'number') return false;
  if (owner.pid === process.pid || isRunning(owner.pid)) return false;
  const aside = `${lockPath}.dead-${randomUUID()}`;
  try {
    await rename(lockPath, aside);
  } catch {
    return true; // someone else moved it: try to lock again
  }
  const moved = await readOwner(aside);
  if (moved?.token !== owner.token) {
    await rename(aside, lockPath).catch(() => undefined);
    return false;
  }
  await rm(aside, { recursive: true, force: true }).catch(() => undefined);
  return true;
};

const staleFromEnvironment = (): number | null => {
  const value = Number(process.env['ISMS_LOCK_STALE_MS']);
  return Number.isFinite(value) && value > 0 ? value : null;
};

const lockError = (folder: string, lockPath: string, error: unknown, waitMs: number) => {
  if (errorCode(error) === 'ELOCKED') {
    return new AppError(
      'conflict',
      `Not saved: another program (the app, the isms command or a sync tool) kept ${folder} ` +
        `locked for more than ${Math.round(waitMs / 1000)} seconds. Try again; if nothing else ` +
        `is running, remove ${lockPath}.`,
      { file: lockPath },
    );
  }
  if (['EACCES', 'EPERM', 'EROFS'].includes(errorCode(error) ?? '')) {
    return new AppError(
      'io-failed',
      `Not saved: ${folder} cannot be written to (${errorCode(error)}); check its permissions`,
      { file: folder, cause: errorCode(error) },
    );
  }
  return toIoError(error, 'lock', folder);
};

const lostLock = (folder: string, cause: Error) =>
  new AppError(
    'conflict',
    `The lock on ${folder} was taken over by another program while saving (${cause.message}); ` +
      'reopen the workspace to check that your change is there',
    { file: join(folder, LOCK_DIR) },
  );
