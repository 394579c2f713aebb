import { createHash, randomBytes } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { dirname, join, relative } from 'node:path';
import { deserialize, serialize } from 'node:v8';
import type { DemoHistoryStore, DemoVersionFiles } from '../../core/api/service/demo-history';
import { defaultCacheDir } from '../render/result-cache';
import { dependencyIdentity, runningFile } from './build-identity';

/**
 * The demo's frozen versions (62 sources, records and Word files, about 7 MB) kept in the user's
 * cache folder, so a second `isms init --demo` or "Start from the demo" with the same code copies
 * them instead of rendering and building them again. One entry per key: SHA-256 of the code's
 * identity and the demo's content; a new build or changed templates make a new key, and only the
 * latest entry is kept. The file sits among the result cache's entries, so it counts towards
 * that folder's size limit (and may be pruned like them: a miss, nothing worse).
 *
 * An entry is a SHA-256 of its payload followed by the payload (the key and the versions); a
 * damaged, truncated or foreign file is a miss and is made again, never copied. The core also
 * checks each Word file against the hash its record names before using it.
 */
export const createDemoHistoryStore = (
  dir: string,
  identity: () => string | null,
): DemoHistoryStore => {
  const file = join(dir, 'demo-history.bin');
  const keyOf = (content: string) => {
    const code = identity();
    return code && createHash('sha256').update(`${code}\u0000`).update(content).digest('hex');
  };
  return {
    load: async (content) => {
      const key = keyOf(content);
      if (!key) return null;
      try {
        return decode(key, await readFile(file));
      } catch {
        return null;
      }
    },
    save: async (content, versions) => {
      const key = keyOf(content);
      if (!key) return;
      const temp = `${file}.${randomBytes(6).toString('hex')}.tmp`;
      try {
        await mkdir(dir, { recursive: true });
        await writeFile(temp, encode(key, versions));
        await rename(temp, file);
      } catch {
        // A cache that cannot be written (read-only home, full disk) only costs time next run.
        await rm(temp, { force: true }).catch(() => undefined);
      }
    },
  };
};

const DIGEST_BYTES = 32;
const digestOf = (data: Uint8Array) => createHash('sha256').update(data).digest();

const encode = (key: string, versions: readonly DemoVersionFiles[]): Buffer => {
  const payload = serialize({ key, versions });
  return Buffer.concat([digestOf(payload), payload]);
};

const isVersion = (v: unknown): v is DemoVersionFiles => {
  const x = v as Partial<DemoVersionFiles> | null;
  return (
    typeof x === 'object' &&
    x !== null &&
    [x.documentId, x.version, x.body, x.record].every((s) => typeof s === 'string') &&
    x.wordFile instanceof Uint8Array
  );
};

const decode = (key: string, data: Buffer): DemoVersionFiles[] | null => {
  if (data.length <= DIGEST_BYTES) return null;
  const payload = data.subarray(DIGEST_BYTES);
  if (!digestOf(payload).equals(data.subarray(0, DIGEST_BYTES))) return null;
  const entry = deserialize(payload) as { key?: unknown; versions?: unknown } | null;
  if (entry?.key !== key || !Array.isArray(entry.versions)) return null;
  const versions: unknown[] = entry.versions;
  return versions.every(isVersion) ? versions : null;
};

/**
 * The identity of the running code: every file of the folder of the bundle this module was built
 * into (out/cli, out/electron), or, run from TypeScript, every source under core/ and backend/;
 * with the installed dependencies (package-lock.json: fonts, the docx library) and the Node
 * version. A packaged app has the bundle folder but no package-lock.json: there the dependencies
 * are named by the bundle's build-identity.json (written by `npm run build:electron`, and hashed
 * with the folder's other files). Null when neither can be read: then nothing is kept.
 */
export const codeIdentity = (here: string | null = runningFile()): string | null => {
  if (!here) return null;
  try {
    const fromSources = here.endsWith('.ts');
    const root = fromSources ? join(dirname(here), '..', '..') : dirname(here);
    const folders = fromSources ? [join(root, 'core'), join(root, 'backend')] : [root];
    const hash = createHash('sha256');
    for (const folder of folders) {
      for (const path of codeFiles(folder)) {
        hash.update(`${relative(root, path)}\u0000`).update(readFileSync(path));
      }
    }
    const dependencies = fromSources
      ? dependencyIdentity(null, root)
      : dependencyIdentity(root, join(root, '..', '..'));
    if (!dependencies) return null;
    hash.update(dependencies);
    return hash.update(`${process.version}\u0000${process.versions.v8}`).digest('hex');
  } catch {
    return null;
  }
};

const CODE_FILE = /\.(ts|mjs|cjs|js|json)$/;

const codeFiles = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true })
    .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))
    .flatMap((entry) => {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) return entry.name === 'node_modules' ? [] : codeFiles(path);
      return entry.isFile() && CODE_FILE.test(entry.name) ? [path] : [];
    });

/**
 * The store the app and the command line use, in the user's cache folder (ISMS_CACHE_DIR in
 * tests); none when ISMS_RESULT_CACHE=0 or ISMS_DEMO_CACHE=0, or when the code cannot be named.
 */
export const persistentDemoHistory = (env = process.env): DemoHistoryStore | null => {
  if (env['ISMS_RESULT_CACHE'] === '0' || env['ISMS_DEMO_CACHE'] === '0') return null;
  // Named on first use: hashing the code costs tens of milliseconds no other command should pay.
  let identity: string | null | undefined;
  return createDemoHistoryStore(join(defaultCacheDir(env), 'demo'), () =>
    identity === undefined ? (identity = codeIdentity()) : identity,
  );
};
