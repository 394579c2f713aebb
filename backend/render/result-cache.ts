import { createHash, randomBytes } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { mkdir, readFile, rename, utimes, writeFile } from 'node:fs/promises';
import { homedir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { deserialize, serialize } from 'node:v8';
import type { Workspace } from '../../core/model/workspace';
import { dependencyIdentity } from '../store/build-identity';
import { cacheLimitBytes, createCacheBound } from './cache-bound';

/**
 * Results of render and export jobs kept on disk between processes, addressed by a SHA-256 of
 * everything the job reads: the whole workspace, the document's metadata and body, the frozen
 * copy, the logo, the template titles, the date, and the code that runs the job. A job's worker
 * sees nothing but its job, so equal keys mean equal results: a changed body, a changed register
 * entry, a new day or a new build is a new key, and an old entry can never answer for it.
 * Failures are never kept, so a template that ran out of time is tried again next time.
 *
 * Each file holds a SHA-256 of its contents and the full key it was stored under, both checked
 * on reading: a damaged, truncated or misplaced file is a miss, never somebody else's result.
 * The folder is kept under a size limit (see cache-bound.ts), least recently used out first.
 */
export type ResultCache = {
  readonly key: (kind: string, workspace: Workspace, job: unknown) => string;
  /** The key of the Word file made from a frozen record, which depends on that record alone. */
  readonly frozenKey: (record: string) => string;
  readonly get: (key: string) => Promise<unknown>;
  /** Whether an entry is there (it may still turn out damaged, and `get` then misses). */
  readonly has: (key: string) => boolean;
  readonly set: (key: string, value: unknown) => Promise<void>;
};

/** The folder for the cache: ISMS_CACHE_DIR, else the user's cache folder. */
export const defaultCacheDir = (env: NodeJS.ProcessEnv = process.env): string =>
  env['ISMS_CACHE_DIR'] ??
  join(env['XDG_CACHE_HOME'] ?? join(homedir(), '.cache'), 'isms-workbench', 'results');

/**
 * What identifies the code a worker runs: the built worker file (whose imports name chunks by
 * their content hash, so any change in the code it loads changes it), the installed
 * dependencies (fonts and font metrics come from node_modules: the lock file two folders above
 * the worker, or its bundle's build identity in a packaged app, see build-identity.ts) and the
 * Node version (the entries are V8-serialised). Null when the worker runs from TypeScript
 * sources, which change without any build, or the dependencies cannot be named: then nothing is
 * cached.
 */
export const codeFingerprint = (workerFile: string | URL): string | null => {
  const path = workerFile instanceof URL ? fileURLToPath(workerFile) : workerFile;
  if (!path.endsWith('render-worker.mjs')) return null;
  try {
    const dependencies = dependencyIdentity(dirname(path), join(dirname(path), '..', '..'));
    if (!dependencies) return null;
    const hash = createHash('sha256').update(readFileSync(path));
    hash.update(dependencies);
    return hash.update(`${process.version}\u0000${process.versions.v8}`).digest('hex');
  } catch {
    return null;
  }
};

const bytesAsText = (_key: string, value: unknown): unknown =>
  value instanceof Uint8Array ? Buffer.from(value).toString('base64') : value;

const DIGEST_BYTES = 32;

const digestOf = (data: Uint8Array): Buffer => createHash('sha256').update(data).digest();

/** The stored form: the SHA-256 of the payload, then the payload (the key and the value). */
const encode = (key: string, value: unknown): Buffer => {
  const payload = serialize({ key, value });
  return Buffer.concat([digestOf(payload), payload]);
};

/** The value stored under `key`, or undefined when the file is not an intact entry for it. */
const decode = (key: string, data: Buffer): unknown => {
  if (data.length <= DIGEST_BYTES) return undefined;
  const payload = data.subarray(DIGEST_BYTES);
  if (!digestOf(payload).equals(data.subarray(0, DIGEST_BYTES))) return undefined;
  const entry = deserialize(payload) as { key?: unknown; value?: unknown } | null;
  return entry !== null && typeof entry === 'object' && entry.key === key ? entry.value : undefined;
};

export type ResultCacheOptions = {
  /** The folder's size limit in bytes; by default ISMS_CACHE_MAX_MB (200 MB). */
  readonly maxBytes?: number;
};

export const createResultCache = (
  dir: string,
  fingerprint: string,
  options: ResultCacheOptions = {},
): ResultCache => {
  const bound = createCacheBound(dir, options.maxBytes ?? cacheLimitBytes());
  const workspaceHashes = new WeakMap<Workspace, string>();
  const workspaceHash = (workspace: Workspace): string => {
    let hash = workspaceHashes.get(workspace);
    if (hash === undefined) {
      hash = createHash('sha256').update(JSON.stringify(workspace)).digest('hex');
      workspaceHashes.set(workspace, hash);
    }
    return hash;
  };
  const fileOf = (key: string) => join(dir, key.slice(0, 2), `${key}.bin`);
  return {
    key: (kind, workspace, job) =>
      createHash('sha256')
        .update(`${fingerprint}\u0000${kind}\u0000${workspaceHash(workspace)}\u0000`)
        .update(JSON.stringify(job, bytesAsText))
        .digest('hex'),
    frozenKey: (record) =>
      createHash('sha256')
        .update(`${fingerprint}\u0000frozen-docx\u0000`)
        .update(record)
        .digest('hex'),
    get: async (key) => {
      let value: unknown;
      try {
        value = decode(key, await readFile(fileOf(key)));
      } catch {
        // Missing, unreadable or half-written by a crashed process: a miss, never an error.
        return undefined;
      }
      if (value !== undefined) {
        // A hit is a use: the entry moves to the back of the queue for pruning.
        const now = new Date();
        await utimes(fileOf(key), now, now).catch(() => undefined);
      }
      return value;
    },
    has: (key) => existsSync(fileOf(key)),
    set: async (key, value) => {
      const file = fileOf(key);
      const temp = `${file}.${randomBytes(6).toString('hex')}.tmp`;
      try {
        const data = encode(key, value);
        await mkdir(join(dir, key.slice(0, 2)), { recursive: true });
        await writeFile(temp, data);
        await rename(temp, file);
        await bound.added(data.length);
      } catch {
        // A cache that cannot be written (read-only home, full disk) only costs speed.
      }
    },
  };
};

/**
 * The cache the command line uses, in the user's cache folder; none when ISMS_RESULT_CACHE=0 or
 * when the worker's code cannot be named (see codeFingerprint).
 */
export const persistentResultCache = (workerFile: string | URL): ResultCache | null => {
  if (process.env['ISMS_RESULT_CACHE'] === '0') return null;
  const fingerprint = codeFingerprint(workerFile);
  return fingerprint ? createResultCache(defaultCacheDir(), fingerprint) : null;
};

/**
 * Where the command line keeps word widths (see backend/pdf/width-table.ts): beside the results.
 * They depend only on the font files, so ISMS_RESULT_CACHE=0 keeps them; ISMS_WIDTH_CACHE=0
 * does not.
 */
export const persistentWidthTables = (): string | null =>
  process.env['ISMS_WIDTH_CACHE'] === '0' ? null : join(defaultCacheDir(), 'widths');
