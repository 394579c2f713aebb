// Whether out/cli may run as it is, in as few file-system calls as the case allows. Kept apart
// from cli-bundle.mjs (which builds) so that a start loads nothing else.
import { readFileSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
export const CLI_OUT = join(ROOT, 'out', 'cli');
export const CLI_ENTRY = join(CLI_OUT, 'main.mjs');
/** Every source the bundle was built from: `{ builtAt, inputs }`. */
export const MANIFEST = join(CLI_OUT, 'manifest.json');
/** The few sources the entry loads before it runs a command: `{ builtAt, startInputs }`. */
export const START_STAMP = join(CLI_OUT, 'start.json');
/** The CLI's own entry source: absent where the command was installed without its sources. */
export const SOURCE_ENTRY = 'backend/cli/main.ts';
// A change here changes what the bundle would contain without touching a bundled source.
export const ALSO_WATCHED = ['package-lock.json', 'bin/cli-bundle.mjs'];

// The later of the file's modification and status-change times: a file copied in with an older
// modification time kept (`cp -p`, `tar x`, a sync tool) still counts as changed.
const changedAt = (file) => {
  const stats = statSync(join(ROOT, file), { throwIfNoEntry: false });
  return stats ? Math.max(stats.mtimeMs, stats.ctimeMs) : Infinity;
};

const readJson = (file) => {
  try {
    return JSON.parse(readFileSync(file, 'utf8'));
  } catch {
    return null;
  }
};

/**
 * True when out/cli may run: built after every file it was built from last changed. Where the
 * sources are not there at all (an installed copy of the command), the bundle is all there is
 * and one stat says so. `startOnly`: only the files the entry loads before it runs a command,
 * read from a small stamp of their own (the general help needs nothing else).
 */
export const bundleIsFresh = ({ startOnly = false } = {}) => {
  const stamp = readJson(startOnly ? START_STAMP : MANIFEST);
  if (!stamp) return false;
  if (changedAt(SOURCE_ENTRY) === Infinity) return true;
  const inputs = startOnly ? stamp.startInputs : stamp.inputs;
  if (!Array.isArray(inputs)) return false;
  return [...inputs, ...ALSO_WATCHED].every((file) => changedAt(file) <= stamp.builtAt);
};
