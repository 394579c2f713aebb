import { copyFile, mkdir, mkdtemp, rm, utimes, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '..', '..');
const SOURCES = ['backend/cli/main.ts', 'backend/cli/usage.ts', 'core/model/workspace.ts'];
const ALSO = ['package-lock.json', 'bin/cli-bundle.mjs'];

type Fresh = (options?: { startOnly?: boolean }) => boolean;

let made: string[] = [];
afterEach(async () => {
  await Promise.all(made.map((dir) => rm(dir, { recursive: true, force: true })));
  made = [];
});

/**
 * A copy of bin/bundle-fresh.mjs in a folder of its own, with sources, and a bundle built at
 * `builtAt` from all of them (the first two start it), or with no sources at all.
 */
const checkout = async ({ withSources = true } = {}) => {
  const dir = await mkdtemp(join(tmpdir(), 'isms-bundle-fresh-'));
  made.push(dir);
  await mkdir(join(dir, 'bin'));
  await copyFile(join(ROOT, 'bin', 'bundle-fresh.mjs'), join(dir, 'bin', 'bundle-fresh.mjs'));
  const past = new Date(Date.now() - 60_000);
  for (const file of withSources ? [...SOURCES, ...ALSO] : []) {
    await mkdir(join(dir, file, '..'), { recursive: true });
    await writeFile(join(dir, file), `// ${file}\n`);
    await utimes(join(dir, file), past, past);
  }
  const builtAt = Date.now() + 1_000;
  await mkdir(join(dir, 'out', 'cli'), { recursive: true });
  await writeFile(join(dir, 'out', 'cli', 'main.mjs'), 'export const runCli = () => 0;\n');
  await writeFile(
    join(dir, 'out', 'cli', 'manifest.json'),
    JSON.stringify({ builtAt, inputs: SOURCES }),
  );
  const startInputs = SOURCES.slice(0, 2);
  await writeFile(join(dir, 'out', 'cli', 'start.json'), JSON.stringify({ builtAt, startInputs }));
  const url = pathToFileURL(join(dir, 'bin', 'bundle-fresh.mjs')).href;
  const { bundleIsFresh } = (await import(url)) as { bundleIsFresh: Fresh };
  return { dir, builtAt, bundleIsFresh };
};

describe('bin/bundle-fresh.mjs', () => {
  it('runs a bundle built after every source last changed', async () => {
    const { bundleIsFresh } = await checkout();
    expect(bundleIsFresh()).toBe(true);
    expect(bundleIsFresh({ startOnly: true })).toBe(true);
  });

  it('rebuilds after an edit of any source, and for the help only after one it loads', async () => {
    const { dir, builtAt, bundleIsFresh } = await checkout();
    const later = new Date(builtAt + 5_000);
    await utimes(join(dir, 'core/model/workspace.ts'), later, later);
    expect(bundleIsFresh()).toBe(false);
    expect(bundleIsFresh({ startOnly: true })).toBe(true);
    await utimes(join(dir, 'backend/cli/usage.ts'), later, later);
    expect(bundleIsFresh({ startOnly: true })).toBe(false);
  });

  it('rebuilds when a source was replaced by a copy keeping an older modification time', async () => {
    const { dir, bundleIsFresh } = await checkout();
    // The new file's status-change time is now, whatever modification time it was given.
    const old = new Date(Date.now() - 3_600_000);
    await new Promise((resolve) => setTimeout(resolve, 1_500));
    await writeFile(join(dir, 'core/model/workspace.ts'), '// changed\n');
    await utimes(join(dir, 'core/model/workspace.ts'), old, old);
    expect(bundleIsFresh()).toBe(false);
  });

  it('rebuilds when a source was deleted or the lock file changed', async () => {
    const deleted = await checkout();
    await rm(join(deleted.dir, 'core/model/workspace.ts'));
    expect(deleted.bundleIsFresh()).toBe(false);
    const locked = await checkout();
    const later = new Date(locked.builtAt + 5_000);
    await utimes(join(locked.dir, 'package-lock.json'), later, later);
    expect(locked.bundleIsFresh({ startOnly: true })).toBe(false);
  });

  it('runs the bundle as it is where the command was installed without its sources', async () => {
    const { bundleIsFresh } = await checkout({ withSources: false });
    expect(bundleIsFresh()).toBe(true);
    expect(bundleIsFresh({ startOnly: true })).toBe(true);
  });

  it('rebuilds when the stamps are missing or damaged', async () => {
    const { dir, bundleIsFresh } = await checkout();
    await writeFile(join(dir, 'out', 'cli', 'start.json'), '{"builtAt":');
    expect(bundleIsFresh({ startOnly: true })).toBe(false);
    await rm(join(dir, 'out', 'cli', 'manifest.json'));
    expect(bundleIsFresh()).toBe(false);
  });
});
