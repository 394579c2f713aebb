import { randomBytes } from 'node:crypto';
import { mkdir, open, readdir, rename, rm, stat, type FileHandle } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';
import type { OutputFile, OutputFiles } from '../../core/api/output-ports';
import { AppError } from '../../core/errors';

/** Temporary outputs are hidden files in the workspace's exports folder, named by their id. */
const PREFIX = '.isms-output-';
/** A temporary output left by a process that ended (a crash, a closed app) is removed after this. */
const STALE_MS = 60 * 60 * 1000;

type Finished = { readonly path: string; readonly fileName: string; readonly dir: string };

export type OutputStore = OutputFiles & {
  /** A finished temporary output by its id: where it is and the name to offer; else null. */
  readonly find: (id: string) => { path: string; fileName: string } | null;
  /** Removes a temporary output once the user has saved or downloaded it. */
  readonly release: (id: string) => Promise<void>;
};

const writeAll = async (handle: FileHandle, chunk: Uint8Array) => {
  for (let at = 0; at < chunk.length;) {
    const { bytesWritten } = await handle.write(chunk, at, chunk.length - at);
    at += bytesWritten;
  }
};

/** A file written at `part` and renamed to `final` when finished; removed when discarded. */
const streamedFile = async (
  id: string,
  part: string,
  final: string,
  onFinish: () => void,
): Promise<OutputFile> => {
  const handle = await open(part, 'w');
  let closed = false;
  const close = async () => {
    if (closed) return;
    closed = true;
    await handle.close();
  };
  return {
    id,
    path: final,
    write: (chunk) => writeAll(handle, chunk),
    finish: async () => {
      await handle.sync();
      await close();
      await rename(part, final);
      onFinish();
    },
    discard: async () => {
      await close().catch(() => undefined);
      await rm(part, { force: true });
    },
  };
};

/** Removes temporary outputs of earlier processes: unknown here and not written for an hour. */
const sweep = async (folder: string, known: ReadonlySet<string>) => {
  const names = await readdir(folder).catch(() => []);
  const now = Date.now();
  for (const name of names.filter((n) => n.startsWith(PREFIX))) {
    const path = join(folder, name);
    if (known.has(path)) continue;
    const info = await stat(path).catch(() => null);
    if (info && now - info.mtimeMs > STALE_MS) await rm(path, { force: true });
  }
};

/**
 * Files long jobs write: the Stage 1 pack streams into them chunk by chunk instead of being held
 * in memory. A temporary output waits in the workspace's exports folder until the user saves or
 * downloads it; the workspace's previous one is removed when a new one is finished there.
 */
export const createOutputStore = (): OutputStore => {
  const finished = new Map<string, Finished>();
  const inProgress = new Set<string>();

  const release = async (id: string) => {
    const entry = finished.get(id);
    finished.delete(id);
    if (entry) await rm(entry.path, { force: true });
  };

  return {
    temporary: async (dir, fileName) => {
      const folder = join(resolve(dir), 'exports');
      await mkdir(folder, { recursive: true });
      await sweep(folder, new Set([...inProgress, ...[...finished.values()].map((f) => f.path)]));
      const id = randomBytes(16).toString('hex');
      const final = join(folder, `${PREFIX}${id}.zip`);
      const part = `${final}.part`;
      inProgress.add(part);
      const file = await streamedFile(id, part, final, () => {
        // One offered pack per workspace: the one the user has not saved yet goes.
        for (const [earlier, entry] of finished) {
          if (entry.dir === folder) void release(earlier);
        }
        finished.set(id, { path: final, fileName, dir: folder });
      });
      const done = () => inProgress.delete(part);
      return {
        ...file,
        finish: () => file.finish().finally(done),
        discard: () => file.discard().finally(done),
      };
    },
    at: async (path) => {
      const final = resolve(path);
      await mkdir(dirname(final), { recursive: true }).catch((error: unknown) => {
        throw new AppError('io-failed', `Cannot create the folder for ${final}: ${String(error)}`);
      });
      const id = randomBytes(16).toString('hex');
      return streamedFile(id, join(dirname(final), `.${basename(final)}.${id}.part`), final, () => {
        // Written where the user asked: nothing to offer or remove later.
      });
    },
    find: (id) => {
      const entry = finished.get(id);
      return entry ? { path: entry.path, fileName: entry.fileName } : null;
    },
    release,
  };
};
