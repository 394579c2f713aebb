import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createResultCache, defaultCacheDir, type ResultCache } from '../render/result-cache';
import { dependencyIdentity, runningFile } from './build-identity';
import { createFolderDigests } from './folder-digests';

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

const isSource = (path: string) => path.endsWith('.ts') && !path.endsWith('.test.ts');

/**
 * The names and contents of core/'s source files. Their digests are kept between processes and
 * a file is read again only when it changed (store/folder-digests.ts): a process started from the
 * sources stats them instead of reading several hundred files before its first answer.
 */
const hashSources = async (hash: ReturnType<typeof createHash>, core: string) => {
  const kept =
    process.env['ISMS_RESULT_CACHE'] === '0'
      ? null
      : createResultCache(defaultCacheDir(), 'source digests');
  const digests = createFolderDigests(kept);
  for (const file of await digests.files(core, isSource)) {
    hash.update(`\u0000${file.path}\u0000${file.digest}`);
  }
  await digests.save();
};

/**
 * What identifies the checking code. Built (a bundle), the module's own file: it names the
 * chunks it imports by a hash of their content, so it changes with any code it runs. From the
 * TypeScript sources, every source file of core/ (the schemas and what they use) and the locked
 * dependencies (zod). Null when neither can be read: then nothing is kept.
 */
export const checkingCodeFingerprint = (
  moduleUrl: string | undefined = import.meta.url,
): Promise<string | null> => {
  const key = moduleUrl ?? '';
  let known = fingerprints.get(key);
  if (!known) {
    known = fingerprintOf(moduleUrl);
    fingerprints.set(key, known);
  }
  return known;
};

// The register files' cache and the checked results both ask for it: worked out once.
const fingerprints = new Map<string, Promise<string | null>>();

const fingerprintOf = async (moduleUrl: string | undefined): Promise<string | null> => {
  try {
    // The desktop app's main process is a CommonJS bundle, which has no module URL.
    const here = moduleUrl ? fileURLToPath(moduleUrl) : runningFile();
    if (!here) return null;
    const hash = createHash('sha256').update(`${process.version}\u0000`);
    if (!here.endsWith('.ts')) return hash.update(await readFile(here)).digest('hex');
    const root = join(dirname(here), '..', '..');
    await hashSources(hash, join(root, 'core'));
    const dependencies = dependencyIdentity(null, root);
    return dependencies ? hash.update(dependencies).digest('hex') : null;
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
