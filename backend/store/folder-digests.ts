import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync, type BigIntStats } from 'node:fs';
import { join, relative, sep } from 'node:path';
import type { ResultCache } from '../render/result-cache';

/**
 * The SHA-256 of each file in a folder, read again only when the file changed. A file's digest
 * is reused when its inode, size, modification and change times (in nanoseconds) are those it
 * had when it was read, and it had last changed more than RACY_MS before that read. The change
 * time cannot be set by any program (writing a file or setting its times moves it to "now"), so
 * a file with the same times has not been written since, with one exception git also guards
 * against: a second write within the file system's clock tick of the first. Such a write can
 * only have come right after a change, so a file read less than RACY_MS after it last changed is
 * read again next time. Anything else (a new file, a copy, a checkout, a sync) changes the times
 * and is read.
 */
const RACY_MS = 3_000;

type Seen = {
  /** inode, size, mtime and ctime in nanoseconds: the file as it was read. */
  readonly stamp: string;
  readonly changedMs: number;
  readonly readAtMs: number;
  readonly digest: string;
};

export type FolderFile = { readonly path: string; readonly size: number; readonly digest: string };

const stampOf = (s: BigIntStats) => `${s.ino}:${s.size}:${s.mtimeNs}:${s.ctimeNs}`;

/**
 * The digests this process has worked out or confirmed (by absolute path), each with the stamp
 * of the file it belongs to: only digests that a later stat of the same stamp can vouch for (not
 * racily clean), the rule `files` itself follows.
 */
const vouched = new Map<string, { readonly stamp: string; readonly digest: string }>();

/**
 * The SHA-256 (hex) of a file's bytes, when a folder digest of this process saw it and the file
 * still has the inode, size and times it had then; null otherwise (the caller reads it).
 */
export const knownDigestOf = (file: string): string | null => {
  const seen = vouched.get(file);
  if (!seen) return null;
  try {
    const now = statSync(file, { bigint: true, throwIfNoEntry: false });
    return now?.isFile() && stampOf(now) === seen.stamp ? seen.digest : null;
  } catch {
    return null;
  }
};

const changedMsOf = (s: BigIntStats) => Math.max(Number(s.mtimeMs), Number(s.ctimeMs));

/** Which files of a folder count: a relative path is left out when this says false. */
export type FolderFilter = ReadonlySet<string> | ((path: string) => boolean);

/** Every regular file under `root` (sorted relative paths) that `only` lets through; a set names top-level entries to leave out. */
const filesUnder = (root: string, only: FolderFilter): string[] => {
  const keep = typeof only === 'function' ? only : (path: string) => !only.has(path.split(sep)[0]!);
  return readdirSync(root, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => relative(root, join(e.parentPath, e.name)))
    .filter(keep)
    .sort();
};

const asSeen = (value: unknown): Map<string, Seen> => {
  const map = new Map<string, Seen>();
  if (value === null || typeof value !== 'object') return map;
  for (const [path, entry] of Object.entries(value as Record<string, Partial<Seen>>)) {
    const { stamp, changedMs, readAtMs, digest } = entry ?? {};
    if (
      typeof stamp === 'string' &&
      typeof changedMs === 'number' &&
      typeof readAtMs === 'number' &&
      typeof digest === 'string'
    ) {
      map.set(path, { stamp, changedMs, readAtMs, digest });
    }
  }
  return map;
};

/**
 * Digests of folders, kept in `cache` (one entry per folder) between processes. Files are read
 * with synchronous reads one after another: nothing else runs meanwhile, and a promise per file
 * hands each open, stat, read and close to the thread pool (about 2.5 times the CPU).
 */
export const createFolderDigests = (
  cache: ResultCache | null,
  { racyMs = RACY_MS }: { readonly racyMs?: number } = {},
) => {
  const folders = new Map<string, { seen: Map<string, Seen>; changed: boolean }>();
  const cacheKey = (root: string) =>
    createHash('sha256').update(`folder digests 1\u0000${root}`).digest('hex');
  const folder = async (root: string) => {
    let known = folders.get(root);
    if (!known) {
      known = { seen: asSeen(cache ? await cache.get(cacheKey(root)) : null), changed: false };
      folders.set(root, known);
    }
    return known;
  };
  return {
    /** Each file under `root` with its size and SHA-256, read only when it changed. */
    files: async (root: string, only: FolderFilter = new Set()): Promise<FolderFile[]> => {
      const known = await folder(root);
      const listed = filesUnder(root, only);
      const next = new Map<string, Seen>();
      const files = listed.map((path): FolderFile => {
        const file = join(root, path);
        const before = statSync(file, { bigint: true });
        const stamp = stampOf(before);
        const seen = known.seen.get(path);
        if (seen?.stamp === stamp && seen.readAtMs - seen.changedMs > racyMs) {
          next.set(path, seen);
          vouched.set(file, { stamp, digest: seen.digest });
          return { path, size: Number(before.size), digest: seen.digest };
        }
        const readAtMs = Date.now();
        const bytes = readFileSync(file);
        const digest = createHash('sha256').update(bytes).digest('hex');
        // A file written while it was read is not recorded: it is read again next time.
        if (
          stampOf(statSync(file, { bigint: true })) === stamp &&
          bytes.length === Number(before.size)
        ) {
          const entry = { stamp, changedMs: changedMsOf(before), readAtMs, digest };
          next.set(path, entry);
          if (readAtMs - entry.changedMs > racyMs) vouched.set(file, { stamp, digest });
          else vouched.delete(file);
        }
        known.changed = true;
        return { path, size: bytes.length, digest };
      });
      if (next.size !== known.seen.size) known.changed = true;
      known.seen = next;
      return files;
    },
    /** Records what was read, for the next process; only folders where something was read. */
    save: async (): Promise<void> => {
      if (!cache) return;
      for (const [root, known] of folders) {
        if (!known.changed) continue;
        known.changed = false;
        await cache.set(cacheKey(root), Object.fromEntries(known.seen));
      }
    },
  };
};

export type FolderDigests = ReturnType<typeof createFolderDigests>;
