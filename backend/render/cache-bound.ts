import { readdir, readFile, rename, stat, unlink, writeFile } from 'node:fs/promises';
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

/** How long a recorded total is trusted before the folder is walked again to correct it. */
const LEDGER_TRUST_MS = 60 * 60 * 1000;

type Ledger = { readonly total: number; readonly walkedAt: number };

const readLedger = async (file: string, now: number): Promise<Ledger | null> => {
  try {
    const { total, walkedAt } = JSON.parse(await readFile(file, 'utf8')) as Partial<Ledger>;
    const fresh =
      typeof total === 'number' &&
      total >= 0 &&
      typeof walkedAt === 'number' &&
      walkedAt <= now &&
      now - walkedAt < LEDGER_TRUST_MS;
    return fresh ? { total, walkedAt } : null;
  } catch {
    return null;
  }
};

const writeLedger = async (file: string, ledger: Ledger): Promise<void> => {
  const temp = `${file}.${process.pid}.${Math.random().toString(36).slice(2)}.tmp`;
  try {
    await writeFile(temp, JSON.stringify(ledger));
    await rename(temp, file);
  } catch {
    // Without a ledger the next process walks the folder: slower, never wrong.
    await unlink(temp).catch(() => undefined);
  }
};

/**
 * Keeps the cache folder under `limit` bytes, least recently used first out: a hit renews its
 * entry's modification time, so the entries still being asked for stay. The folder's total is
 * recorded beside it (`<dir>.size`), so a process that writes one entry does not stat every
 * entry of a folder holding thousands; the folder is walked when there is no recent record
 * (older than an hour: processes writing at once can each miss the other's additions), and
 * whenever the total passes the limit. Several processes may prune at once: an entry already
 * gone is skipped, and an entry removed under a reader is only a miss for it.
 */
export const createCacheBound = (dir: string, limit: number) => {
  const ledgerFile = `${dir}.size`;
  let ledger: Ledger | null = null;
  let pruning: Promise<void> | null = null;

  const prune = async () => {
    const walkedAt = Date.now();
    const entries = (await entriesOf(dir)).sort((a, b) => a.used - b.used);
    let total = entries.reduce((sum, e) => sum + e.size, 0);
    // Down to nine tenths, so that the next few writes do not each start a pruning.
    const target = Math.floor(limit * 0.9);
    for (const entry of entries) {
      if (total <= target) break;
      await unlink(entry.file).catch(() => undefined);
      total -= entry.size;
    }
    ledger = { total, walkedAt };
  };

  return {
    /** Counts a new entry of `size` bytes and prunes when the folder is over its limit. */
    added: async (size: number): Promise<void> => {
      ledger ??= await readLedger(ledgerFile, Date.now());
      if (ledger !== null) {
        ledger = { ...ledger, total: ledger.total + size };
        if (ledger.total <= limit) return writeLedger(ledgerFile, ledger);
      }
      pruning ??= prune().finally(() => {
        pruning = null;
      });
      await pruning;
      if (ledger) await writeLedger(ledgerFile, ledger);
    },
  };
};
