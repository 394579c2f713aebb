import { readdir, stat, unlink } from 'node:fs/promises';
import { join } from 'node:path';

/** The result cache's size limit: ISMS_CACHE_MAX_MB megabytes, 200 by default. */
export const cacheLimitBytes = (env: NodeJS.ProcessEnv = process.env): number => {
  const raw = env['ISMS_CACHE_MAX_MB'];
  const mb = raw === undefined || raw.trim() === '' ? 200 : Number(raw);
  return Number.isFinite(mb) && mb >= 0 ? Math.floor(mb * 1024 * 1024) : 200 * 1024 * 1024;
};

type Entry = { readonly file: string; readonly size: number; readonly used: number };

const entriesOf = async (dir: string): Promise<Entry[]> => {
  const shards = await readdir(dir).catch(() => [] as string[]);
  const lists = await Promise.all(
    shards.map(async (shard) => {
      const names = await readdir(join(dir, shard)).catch(() => [] as string[]);
      const found = await Promise.all(
        names
          .filter((name) => name.endsWith('.bin'))
          .map(async (name) => {
            const file = join(dir, shard, name);
            const info = await stat(file).catch(() => null);
            return info ? { file, size: info.size, used: info.mtimeMs } : null;
          }),
      );
      return found.filter((e): e is Entry => e !== null);
    }),
  );
  return lists.flat();
};

/**
 * Keeps the cache folder under `limit` bytes, least recently used first out: a hit renews its
 * entry's modification time, so the entries still being asked for stay. The folder is read once
 * per process, at its first write, and a running total is kept after that. Several processes may
 * prune at once: an entry already gone is skipped, and an entry removed under a reader is only a
 * miss for it.
 */
export const createCacheBound = (dir: string, limit: number) => {
  let total: number | null = null;
  let pruning: Promise<void> | null = null;

  const prune = async () => {
    const entries = (await entriesOf(dir)).sort((a, b) => a.used - b.used);
    total = entries.reduce((sum, e) => sum + e.size, 0);
    // Down to nine tenths, so that the next few writes do not each start a pruning.
    const target = Math.floor(limit * 0.9);
    for (const entry of entries) {
      if (total <= target) break;
      await unlink(entry.file).catch(() => undefined);
      total -= entry.size;
    }
  };

  return {
    /** Counts a new entry of `size` bytes and prunes when the folder is over its limit. */
    added: async (size: number): Promise<void> => {
      if (total !== null) total += size;
      if (total !== null && total <= limit) return;
      pruning ??= prune().finally(() => {
        pruning = null;
      });
      await pruning;
    },
  };
};
