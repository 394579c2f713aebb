import { spawnSync } from 'node:child_process';
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadFonts } from '../backend/pdf/fonts';
import { readTable, shippedWidthsFile, widthTableName } from '../backend/pdf/width-table';

const ROOT = join(import.meta.dirname, '..');
/** Where the built modules (out/cli, out/electron) look for the shipped data. */
export const SHIPPED_DIR = join(ROOT, 'out', 'shipped');
export const SHIPPED_WIDTHS_DIR = join(SHIPPED_DIR, 'widths');
/**
 * What the shipped widths are made from; change it when `buildShippedWidths` exports other
 * workspaces, so a build that kept tables made the earlier way makes them again.
 */
const RECIPE = 'demo + blank workspace with every built-in template';
const RECIPE_FILE = join(SHIPPED_WIDTHS_DIR, 'made-from.txt');

const run = (args: readonly string[], env: NodeJS.ProcessEnv): void => {
  const result = spawnSync(process.execPath, [join(ROOT, 'bin', 'isms.mjs'), ...args], {
    env: { ...process.env, ...env },
    encoding: 'utf8',
  });
  if (result.status !== 0) {
    throw new Error(`isms ${args.join(' ')} exited ${result.status}: ${result.stderr}`);
  }
};

/**
 * The word widths of the built-in library: the demo is made and exported as a user would (a
 * first export measures every word it prints with the fonts), then a blank workspace with every
 * built-in template added (a new customer's first export: every document a draft, its fields
 * unfilled), both with one fresh cache folder, and the tables those exports kept become the
 * shipped tables, each under its own name (a SHA-256 of the font files, fontkit's version and
 * the measuring rules). A build whose fonts or fontkit differ names its tables differently, so
 * these are then simply not found.
 */
export const buildShippedWidths = (): string[] => {
  // Making the demo lays out and keeps the Word file of each approved version; the export then
  // lays out the drafts.
  const work = mkdtempSync(join(tmpdir(), 'isms-shipped-'));
  try {
    const env = {
      ISMS_CACHE_DIR: join(work, 'cache'),
      ISMS_RESULT_CACHE: '0',
      ISMS_CHECKED_CACHE: '0',
      ISMS_FIXED_TIME: '2026-11-28T09:00:00Z',
      ISMS_CLI_FROM_SOURCE: '',
      ISMS_WIDTH_CACHE: '',
      ISMS_SHIPPED_DATA: '',
    };
    // The CLI must measure every word itself, not read the widths shipped before.
    rmSync(SHIPPED_WIDTHS_DIR, { recursive: true, force: true });
    run(['init', '--demo', join(work, 'demo')], env);
    run(['export', join(work, 'demo'), '--all', '--out', join(work, 'out')], env);
    run(['init', join(work, 'blank')], env);
    run(['add', join(work, 'blank'), '--all'], env);
    run(['export', join(work, 'blank'), '--all', '--out', join(work, 'blank-out')], env);
    const kept = join(work, 'cache', 'widths');
    mkdirSync(SHIPPED_WIDTHS_DIR, { recursive: true });
    const names: string[] = [];
    const tables = existsSync(kept) ? readdirSync(kept).filter((f) => f.endsWith('.widths')) : [];
    for (const file of tables) {
      const widths = new Map<string, number>();
      readTable(join(kept, file), widths);
      const name = file.slice(0, -'.widths'.length);
      const entries = [...widths].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
      writeFileSync(shippedWidthsFile(SHIPPED_WIDTHS_DIR, name), JSON.stringify(entries));
      names.push(name);
    }
    writeFileSync(RECIPE_FILE, `${RECIPE}\n`);
    return names;
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
};

/**
 * Builds the shipped widths unless those of the current fonts, made the current way, are there
 * already: a table is named by the font files, fontkit's version and the rules, so one of that
 * name is current (the app's start and its end-to-end test build the Electron files each time,
 * and need not export the demo).
 */
export const ensureShippedWidths = (): void => {
  const name = widthTableName(loadFonts());
  const recipe = existsSync(RECIPE_FILE) ? readFileSync(RECIPE_FILE, 'utf8').trim() : null;
  if (name && recipe === RECIPE && existsSync(shippedWidthsFile(SHIPPED_WIDTHS_DIR, name))) return;
  buildShippedWidths();
};

if (process.argv[1] === import.meta.filename) {
  if (process.argv.includes('--if-missing')) ensureShippedWidths();
  else {
    const names = buildShippedWidths();
    console.log(`Shipped word widths for ${names.length} font set(s) into out/shipped/widths`);
  }
}
