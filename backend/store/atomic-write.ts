import { randomBytes } from 'node:crypto';
import type { FileHandle } from 'node:fs/promises';
import * as fsp from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';

/** The file-system calls an atomic write needs; tests swap one out to simulate a crash. */
export type AtomicFs = {
  readonly open: (path: string, flags: string) => Promise<FileHandle>;
  readonly rename: (from: string, to: string) => Promise<void>;
  readonly link: (existing: string, newPath: string) => Promise<void>;
  readonly stat: (path: string) => Promise<unknown>;
  readonly rm: (path: string, options: { force: boolean }) => Promise<void>;
};

export const nodeAtomicFs: AtomicFs = {
  open: (path, flags) => fsp.open(path, flags),
  rename: fsp.rename,
  link: fsp.link,
  stat: fsp.stat,
  rm: fsp.rm,
};

export type AtomicWriteOptions = {
  readonly fs?: AtomicFs;
  /** When false, an existing target is never replaced: the write fails with code EEXIST. */
  readonly overwrite?: boolean;
};

/**
 * Writes `data` to `file` so that readers see either the old or the new content, never a mix:
 * temp file in the same folder, fsync, rename (or hard link when overwriting is not allowed).
 */
export const writeFileAtomic = async (
  file: string,
  data: string | Uint8Array,
  { fs = nodeAtomicFs, overwrite = true }: AtomicWriteOptions = {},
): Promise<void> => {
  const temp = tempPathFor(file);
  await writeAndSync(fs, temp, data);
  try {
    if (overwrite) await fs.rename(temp, file);
    else await publishExclusive(fs, temp, file);
  } catch (error) {
    await fs.rm(temp, { force: true }).catch(() => undefined);
    throw error;
  }
  await syncDirectory(fs, dirname(file));
};

/** A unique dot-file beside the target, so that concurrent writers never share a temp file. */
export const tempPathFor = (file: string): string =>
  join(dirname(file), `.${basename(file)}.${process.pid}-${randomBytes(4).toString('hex')}.tmp`);

const writeAndSync = async (fs: AtomicFs, temp: string, data: string | Uint8Array) => {
  const handle = await fs.open(temp, 'wx');
  try {
    await handle.writeFile(data, typeof data === 'string' ? 'utf8' : undefined);
    await handle.sync();
  } catch (error) {
    await handle.close().catch(() => undefined);
    await fs.rm(temp, { force: true }).catch(() => undefined);
    throw error;
  }
  await handle.close();
};

// link() fails with EEXIST instead of replacing, which makes "create, never overwrite" atomic.
// Some file systems (FAT, a few network shares) have no hard links; there a check-then-rename
// is the best available, and in-process writes are serialised by the store anyway.
const publishExclusive = async (fs: AtomicFs, temp: string, file: string) => {
  try {
    await fs.link(temp, file);
  } catch (error) {
    if (!isNoLinkSupport(error)) throw error;
    if (await exists(fs, file))
      throw Object.assign(new Error(`EEXIST: ${file}`), { code: 'EEXIST' });
    await fs.rename(temp, file);
    return;
  }
  await fs.rm(temp, { force: true });
};

const isNoLinkSupport = (error: unknown) =>
  ['EPERM', 'ENOSYS', 'ENOTSUP', 'EOPNOTSUPP', 'EXDEV'].includes(errorCode(error) ?? '');

const exists = async (fs: AtomicFs, file: string) => {
  try {
    await fs.stat(file);
    return true;
  } catch (error) {
    if (errorCode(error) === 'ENOENT') return false;
    throw error;
  }
};

// Makes the rename itself durable on POSIX; Windows cannot open folders, which is harmless.
const syncDirectory = async (fs: AtomicFs, dir: string) => {
  let handle: FileHandle | null = null;
  try {
    handle = await fs.open(dir, 'r');
    await handle.sync();
  } catch {
    // best effort only
  } finally {
    await handle?.close().catch(() => undefined);
  }
};

/** The `code` of a Node system error (ENOENT, EEXIST...), if it has one. */
export const errorCode = (error: unknown): string | undefined => {
  if (error === null || typeof error !== 'object' || !('code' in error)) return undefined;
  const code = error.code;
  return typeof code === 'string' ? code : undefined;
};
