import { createHash } from 'node:crypto';
import { readdir, readFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createResultCache, defaultCacheDir, type ResultCache } from '../render/result-cache';

/**
 * Register files this program has read and checked before, kept outside the workspace (in the
 * result cache's folder, see result-cache.ts), so a versioned workspace's `git diff` never sees
 * them. An entry is the schema's reading of one file, stored under a SHA-256 of the file's bytes
 * and of the code that checked them: a file changed in any way (by this app, another program, a
 * sync tool or `git pull`) is a different key and is checked again; so is the same file read
 * by a different build. Opening a 10,000-risk workspace then costs reading back that result
 * instead of validating 12,000 entries. Errors are never kept: a file that fails its check is
 * checked, and reported, every time, with the same message.
 */
export type CheckedFileCache = {
  readonly get: (kind: string, bytes: Uint8Array) => Promise<unknown>;
  readonly set: (kind: string, bytes: Uint8Array, value: unknown) => Promise<void>;
};

const hashFiles = async (hash: ReturnType<typeof createHash>, root: string, files: string[]) => {
  for (const file of files.sort())
    hash.update(`\u0000${file}\u0000`).update(await readFile(join(root, file)));
};

/**
 * What identifies the checking code. Built (a bundle), the module's own file: it names the
 * chunks it imports by a hash of their content, so it changes with any code it runs. From the
 * TypeScript sources, every source file of core/ (the schemas and what they use) and the locked
 * dependencies (zod). Null when neither can be read: then nothing is kept.
 */
export const checkingCodeFingerprint = async (
  moduleUrl: string | undefined = import.meta.url,
): Promise<string | null> => {
  try {
    if (!moduleUrl) return null;
    const here = fileURLToPath(moduleUrl);
    const hash = createHash('sha256').update(`${process.version}\u0000`);
    if (!here.endsWith('.ts')) return hash.update(await readFile(here)).digest('hex');
    const root = join(dirname(here), '..', '..');
    const core = join(root, 'core');
    const entries = await readdir(core, { recursive: true, withFileTypes: true });
    const sources = entries
      .filter((e) => e.isFile() && e.name.endsWith('.ts') && !e.name.endsWith('.test.ts'))
      .map((e) => join(e.parentPath, e.name).slice(core.length + 1));
    await hashFiles(hash, core, sources);
    return hash.update(await readFile(join(root, 'package-lock.json'))).digest('hex');
  } catch {
    return null;
  }
};

/** A cache over a result cache (or none): keys are the kind, the code and the file's bytes. */
export const createCheckedFileCache = (
  results: ResultCache | null,
  fingerprint: string,
): CheckedFileCache => {
  const keyOf = (kind: string, bytes: Uint8Array) =>
    createHash('sha256')
      .update(`checked-file\u0000${fingerprint}\u0000${kind}\u0000`)
      .update(bytes)
      .digest('hex');
  return {
    get: async (kind, bytes) => (results ? results.get(keyOf(kind, bytes)) : undefined),
    set: async (kind, bytes, value) => {
      await results?.set(keyOf(kind, bytes), value);
    },
  };
};

let shared: Promise<CheckedFileCache | null> | undefined;

/**
 * The cache every store of this process shares, in the user's cache folder; none when
 * ISMS_RESULT_CACHE=0 or when the code cannot be identified.
 */
export const sharedCheckedFileCache = (): Promise<CheckedFileCache | null> => {
  shared ??= (async () => {
    if (process.env['ISMS_RESULT_CACHE'] === '0') return null;
    const fingerprint = await checkingCodeFingerprint();
    if (fingerprint === null) return null;
    return createCheckedFileCache(createResultCache(defaultCacheDir(), fingerprint), fingerprint);
  })();
  return shared;
};
