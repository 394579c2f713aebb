import { createHash } from 'node:crypto';
import { appendFileSync, mkdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * Word widths kept between processes. A word's width depends only on the font files and the
 * shaping code (fontkit), so the widths measured by one export are valid for every later one
 * with the same fonts: the table is named by a SHA-256 of every font file of the set and
 * fontkit's version, and needs no other invalidation. Shaping the words of the demo is about a
 * fifth of a cold export's CPU; with the table, only words never measured before are shaped.
 *
 * The file is append-only (a line per batch of new words, written after each export job), so
 * two workers or two processes can add to it at once without locks. Each line carries a hash of
 * its own text: a torn or damaged line is skipped, never read as a width. Past MAX_FILE_BYTES
 * (a workspace of unusual text) the file is started again.
 */
export type WidthTable = {
  /** `${font key}\u0000${text}` -> width in thousandths of the type size. */
  readonly known: Map<string, number>;
  readonly remember: (id: string, units: number) => void;
  /** Appends the widths measured since the last save; never throws. */
  readonly save: () => void;
};

const MAX_FILE_BYTES = 16 * 1024 * 1024;
// Part of every table's name: change it when the way a width is worked out (fonts.ts) changes.
const MEASURING_RULES = 2;
const LINE_HASH_CHARS = 16;

let folder: string | null = null;

/**
 * Where the widths shipped with the build are (out/shipped/widths, made by
 * scripts/build-shipped-data.ts from the demo's words and named like a kept table, by the font
 * files, fontkit's version and the rules). A built module finds them beside its folder; from the
 * TypeScript sources, or with ISMS_SHIPPED_DATA=0, none are used unless a caller names the folder.
 */
const defaultShippedFolder = (): string | null => {
  if (process.env['ISMS_SHIPPED_DATA'] === '0') return null;
  const url: unknown = import.meta.url;
  if (typeof url !== 'string' || !url.startsWith('file:') || url.endsWith('.ts')) return null;
  return join(dirname(fileURLToPath(url)), '..', 'shipped', 'widths');
};

let shippedFolder: string | null = defaultShippedFolder();

/** Where the shipped widths are read from (null: none, every word is measured or kept). */
export const useShippedWidthsFrom = (dir: string | null): void => {
  shippedFolder = dir;
};

/** The file a table named `name` is shipped as. */
export const shippedWidthsFile = (dir: string, name: string): string => join(dir, `${name}.json`);

/** Where tables are kept (null: nowhere, each process measures afresh). Set once by a worker. */
export const keepWidthTablesIn = (dir: string | null): void => {
  folder = dir;
};

const lineHash = (json: string) =>
  createHash('sha256').update(json).digest('hex').slice(0, LINE_HASH_CHARS);

const isEntry = (entry: unknown): entry is [string, number] =>
  Array.isArray(entry) &&
  entry.length === 2 &&
  typeof entry[0] === 'string' &&
  typeof entry[1] === 'number' &&
  Number.isFinite(entry[1]);

/** Reads a kept table's valid lines into `into`. */
export const readTable = (file: string, into: Map<string, number>): void => {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch {
    return;
  }
  for (const line of text.split('\n')) {
    const json = line.slice(LINE_HASH_CHARS + 1);
    if (line.length <= LINE_HASH_CHARS + 1 || line.slice(0, LINE_HASH_CHARS) !== lineHash(json)) {
      continue;
    }
    try {
      const entries: unknown = JSON.parse(json);
      if (!Array.isArray(entries)) continue;
      for (const entry of entries) if (isEntry(entry)) into.set(entry[0], entry[1]);
    } catch {
      // Cannot happen for a line whose hash matched; a table only ever costs speed.
    }
  }
};

const appendLine = (file: string, entries: readonly [string, number][]): void => {
  const json = JSON.stringify(entries);
  try {
    mkdirSync(dirname(file), { recursive: true });
    const size = statSync(file, { throwIfNoEntry: false })?.size ?? 0;
    if (size > MAX_FILE_BYTES) rmSync(file, { force: true });
    appendFileSync(file, `${lineHash(json)} ${json}\n`);
  } catch {
    // A read-only or full disk only costs speed.
  }
};

const require = createRequire(import.meta.url);

/** fontkit's version: its shaping decides the widths as much as the font files do. */
const shaperVersion = (): string | null => {
  try {
    const main = require.resolve('fontkit');
    for (let at = dirname(main); at !== dirname(at); at = dirname(at)) {
      const manifest = statSync(join(at, 'package.json'), { throwIfNoEntry: false });
      if (!manifest) continue;
      const { name, version } = JSON.parse(readFileSync(join(at, 'package.json'), 'utf8')) as {
        name?: string;
        version?: string;
      };
      if (name === 'fontkit' && version) return version;
    }
  } catch {
    // Unknown shaper: keep nothing rather than risk widths from another version.
  }
  return null;
};

const fileHashes = new WeakMap<Uint8Array, string>();

const hashOf = (data: Uint8Array): string => {
  let known = fileHashes.get(data);
  if (!known) fileHashes.set(data, (known = createHash('sha256').update(data).digest('hex')));
  return known;
};

type FontFiles = Readonly<Record<string, readonly { readonly raw: Uint8Array }[]>>;

/**
 * A table's name: a SHA-256 of the measuring rules, fontkit's version and every font file of
 * the set, per font key. Null when fontkit's version cannot be read.
 */
export const widthTableName = (fonts: FontFiles): string | null => {
  const version = shaperVersion();
  if (!version) return null;
  const hash = createHash('sha256').update(`rules ${MEASURING_RULES} fontkit ${version}\n`);
  for (const key of Object.keys(fonts).sort()) {
    hash.update(`${key}:${fonts[key]!.map((face) => hashOf(face.raw)).join(',')}\n`);
  }
  return hash.digest('hex');
};

/**
 * Reads a shipped table into `into` when one was made from exactly these font files: its file
 * is named by their table name. A missing, unreadable or malformed file adds nothing.
 */
const readShipped = (dir: string, name: string, into: Map<string, number>): void => {
  let entries: unknown;
  try {
    entries = JSON.parse(readFileSync(shippedWidthsFile(dir, name), 'utf8'));
  } catch {
    return;
  }
  if (!Array.isArray(entries)) return;
  for (const entry of entries) if (isEntry(entry)) into.set(entry[0], entry[1]);
};

/**
 * The table for a set of fonts: `fonts` lists, per font key, the files a character falls
 * through (as shipped: the table is named by them, so finding it reads no font). Starts from the
 * shipped widths for these files, if any; in memory only when no folder is set or fontkit's
 * version cannot be read.
 */
export const openWidthTable = (fonts: FontFiles): WidthTable => {
  const known = new Map<string, number>();
  const fresh: [string, number][] = [];
  const name = folder || shippedFolder ? widthTableName(fonts) : null;
  if (name && shippedFolder) readShipped(shippedFolder, name, known);
  let file: string | null = null;
  if (folder && name) {
    file = join(folder, `${name}.widths`);
    readTable(file, known);
  }
  return {
    known,
    remember: (id, units) => {
      if (file) fresh.push([id, units]);
    },
    save: () => {
      if (!file || fresh.length === 0) return;
      appendLine(file, fresh.splice(0));
    },
  };
};
