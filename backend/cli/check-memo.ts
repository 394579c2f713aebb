import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createResultCache, defaultCacheDir, type ResultCache } from '../render/result-cache';
import { dependencyIdentity } from '../store/build-identity';
import { createFolderDigests, type FolderDigests } from '../store/folder-digests';
import type { CliOutput } from './output';

/**
 * `isms check` run again on a workspace nothing has changed in prints what it printed before,
 * without loading the engine (which alone costs more than the whole answer should).
 *
 * The answer is kept in the result cache (see result-cache.ts) under a SHA-256 of everything the
 * check reads: the names and contents of every file in the workspace folder (apart from its
 * exports/ folder, its lock and a .git folder), the built-in templates, the command's code,
 * today's date and the arguments. Any change from any program (an edit, a sync tool, `git
 * pull`) changes the contents and so the key. A file's content digest is read again only when
 * its inode, size or times changed (store/folder-digests.ts), so an unchanged folder costs a stat per
 * file, not a read. An answer is kept
 * only when the folder hashed the same before and after the run, and never when a document could
 * not be rendered (a template that ran out of time is tried again next time).
 */

type Kept = { readonly lines: readonly string[]; readonly exitCode: number };

/** Folders of a workspace the check never reads: outputs, the lock, version control. */
const SKIPPED = new Set(['exports', '.isms.lock', '.git']);

const moduleDir = () => dirname(fileURLToPath(import.meta.url));

/** The bundle's folder (out/cli), or null when running from the TypeScript sources. */
const bundleDir = (): string | null => {
  if (!import.meta.url.endsWith('.mjs')) return null;
  const dir = moduleDir();
  return existsSync(join(dir, 'manifest.json')) ? dir : null;
};

/** The project folder holding package.json and the built-in templates/ (as template-source.ts). */
const projectRoot = (start: string): string | null => {
  for (let dir = resolve(start); ; dir = dirname(dir)) {
    if (existsSync(join(dir, 'package.json')) && existsSync(join(dir, 'templates'))) return dir;
    if (dirname(dir) === dir) return null;
  }
};

/** Hashes the names, sizes and contents of every file of `root` (see store/folder-digests.ts). */
const hashFolder = async (
  hash: ReturnType<typeof createHash>,
  root: string,
  skip: ReadonlySet<string> = new Set(),
) => {
  for (const file of await digests().files(root, skip)) {
    hash.update(`\u0000${file.path}\u0000${file.size}\u0000${file.digest}`);
  }
};

/** The key of one run of `isms check`, or null when nothing can be kept (see above). */
const keyOf = async (dir: string, json: boolean): Promise<string | null> => {
  const bundle = bundleDir();
  const root = bundle && projectRoot(bundle);
  if (!bundle || !root || process.env['ISMS_RESULT_CACHE'] === '0') return null;
  const hash = createHash('sha256').update('isms check 2\u0000');
  hash.update(`${process.version}\u0000${json}\u0000${resolve(dir)}\u0000`);
  // Today's date as the clock gives it (ISMS_FIXED_TIME, else the real one, both in UTC).
  hash.update(
    `${process.env['ISMS_FIXED_TIME'] ?? ''}\u0000${new Date().toISOString().slice(0, 10)}`,
  );
  // The code: the built files (a chunk's name carries a hash of its content, so its name
  // stands for it) and the installed dependencies (see build-identity.ts).
  const dependencies = dependencyIdentity(bundle, root);
  if (!dependencies) return null;
  const built = (await readdir(bundle)).sort();
  hash.update(`\u0000code\u0000${built.join('\u0000')}`);
  for (const file of built.filter((name) => !/^chunk-[A-Z0-9]+\.mjs$/.test(name))) {
    hash.update(await readFile(join(bundle, file)));
  }
  hash.update(dependencies);
  await hashFolder(hash.update('\u0000templates'), join(root, 'templates'));
  await hashFolder(hash.update('\u0000workspace'), resolve(dir), SKIPPED);
  await digests().save();
  return hash.digest('hex');
};

let cache: ResultCache | null = null;
const cacheOf = () => (cache ??= createResultCache(defaultCacheDir(), 'isms-check'));

let folderDigests: FolderDigests | null = null;
const digests = () => (folderDigests ??= createFolderDigests(cacheOf()));

const asKept = (value: unknown): Kept | null => {
  if (value === null || typeof value !== 'object') return null;
  const { lines, exitCode } = value as Partial<Kept>;
  return Array.isArray(lines) && typeof exitCode === 'number' ? { lines, exitCode } : null;
};

/** `check DIR [--json]` exactly; anything else (help, a typo) takes the ordinary path. */
const checkArgs = (args: readonly string[]): { dir: string; json: boolean } | null => {
  const positionals = args.filter((a) => a !== '--json');
  if (positionals.length !== 1 || positionals[0]!.startsWith('-')) return null;
  if (args.length - positionals.length > 1) return null;
  return { dir: positionals[0]!, json: args.includes('--json') };
};

/**
 * The key a replay just worked out and found nothing under: the run that follows in this process
 * starts from it instead of hashing the whole folder a second time (it was taken before the run
 * read anything, so a change made meanwhile still shows as a different key after the run).
 */
let missed: { readonly dir: string; readonly json: boolean; readonly key: string } | null = null;

/**
 * Prints the kept answer of `isms check` when the same inputs were checked before and returns
 * its exit code; null when there is none (the command then runs as usual).
 */
export const replayCheck = async (
  args: readonly string[],
  io: CliOutput,
): Promise<number | null> => {
  const call = checkArgs(args);
  if (!call) return null;
  try {
    const key = await keyOf(call.dir, call.json);
    missed = key === null ? null : { dir: resolve(call.dir), json: call.json, key };
    const kept = key === null ? null : asKept(await cacheOf().get(key));
    if (!kept) return null;
    for (const line of kept.lines) io.out(line);
    return kept.exitCode;
  } catch {
    // A folder that cannot be read is reported by the check itself.
    return null;
  }
};

/**
 * Starts recording a run of `isms check`: the returned output records what is printed, and
 * `keep` stores it when the workspace did not change during the run.
 */
export const recordCheck = async (dir: string, json: boolean, io: CliOutput) => {
  const lines: string[] = [];
  const known = missed?.dir === resolve(dir) && missed.json === json ? missed.key : null;
  missed = null;
  const before = known ?? (await keyOf(dir, json).catch(() => null));
  return {
    io: { ...io, out: (text: string) => (lines.push(text), io.out(text)) } satisfies CliOutput,
    keep: async (exitCode: number, renderedEveryDocument: boolean) => {
      if (before === null || !renderedEveryDocument) return;
      const after = await keyOf(dir, json).catch(() => null);
      if (after === before) await cacheOf().set(before, { lines, exitCode } satisfies Kept);
    },
  };
};
