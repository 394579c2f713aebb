import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { CheckStore } from '../../core/api/service/render-cache';
import { createResultCache, defaultCacheDir } from '../render/result-cache';
import { BUILD_IDENTITY_FILE, dependencyIdentity, runningFile } from './build-identity';
import { checkingCodeFingerprint } from './checked-file-cache';

/**
 * Each document's checked result (its unfilled fields) and each "changed since approval" answer,
 * kept in the user's cache folder (the result cache's, see result-cache.ts), outside the
 * workspace so a versioned or synced folder never sees them. The keys are SHA-256 digests that
 * start from the code's fingerprint: a new build, a new lock file or another Node finds none of
 * the old entries. What else goes into a key is decided in core (render-cache.ts): the body, the
 * document's own record, the data a template can read, today's date, the template titles and,
 * for an approved document, its frozen copy.
 */

/**
 * The code that renders: built, every file of the bundle (out/cli with its manifest, or
 * out/electron with its build identity; a chunk's name is a hash of its content, the entries are
 * read), the installed dependencies (the lock file, or the bundle's build identity in a packaged
 * app: see build-identity.ts) and the Node version; from the TypeScript sources, every source
 * file of core/ and the lock (see checked-file-cache.ts).
 */
export const renderingCodeFingerprint = async (
  here: string | null = runningFile(),
): Promise<string | null> => {
  if (here === null) return null;
  if (here.endsWith('.ts')) return checkingCodeFingerprint(pathToFileURL(here).href);
  const dir = dirname(here);
  const bundled = ['manifest.json', BUILD_IDENTITY_FILE].some((f) => existsSync(join(dir, f)));
  if (!/\.[cm]js$/.test(here) || !bundled) return null;
  try {
    const names = (await readdir(dir)).filter((name) => /\.[cm]js$/.test(name)).sort();
    const hash = createHash('sha256').update(`${process.version}\u0000${process.versions.v8}`);
    hash.update(`\u0000${names.join('\u0000')}\u0000`);
    for (const name of names.filter((n) => !/^chunk-[A-Z0-9]+\.mjs$/.test(n))) {
      hash.update(await readFile(join(dir, name)));
    }
    const dependencies = dependencyIdentity(dir, join(dir, '..', '..'));
    return dependencies ? hash.update(dependencies).digest('hex') : null;
  } catch {
    return null;
  }
};

const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

/**
 * A store under `dir` for the code `fingerprint` names (a promise, so a backend can be made at
 * once and the code identified on first use; null keeps nothing). Entries are filed under a
 * digest of the fingerprint and the key, so another build never reads them.
 */
export const createCheckStore = (dir: string, fingerprint: Promise<string | null>): CheckStore => {
  const results = fingerprint.then((known) =>
    known === null ? null : { known, cache: createResultCache(dir, known) },
  );
  const fileKey = (known: string, key: string) => sha256(`isms-check 1\u0000${known}\u0000${key}`);
  return {
    digest: sha256,
    get: async (key) => {
      const store = await results;
      return store ? store.cache.get(fileKey(store.known, key)) : undefined;
    },
    set: async (key, value) => {
      const store = await results;
      await store?.cache.set(fileKey(store.known, key), value);
    },
  };
};

/**
 * The store of a backend, in the user's cache folder; null when ISMS_RESULT_CACHE=0. When the
 * code cannot be identified it keeps nothing (everything is checked every time).
 */
export const persistentCheckStore = (): CheckStore | null =>
  process.env['ISMS_RESULT_CACHE'] === '0'
    ? null
    : createCheckStore(defaultCacheDir(), renderingCodeFingerprint());
