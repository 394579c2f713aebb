import { mkdtemp, readdir, rm, utimes, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';

type Manifest = { outputs?: string[]; stale?: string[] } | null;
type Prune = (dir: string, previous: Manifest, written: string[], now: number) => string[];

const ROOT = join(import.meta.dirname, '..', '..');
const load = async () =>
  (await import(pathToFileURL(join(ROOT, 'bin', 'cli-bundle.mjs')).href)) as {
    pruneEarlierOutputs: Prune;
    PRUNE_GRACE_MS: number;
  };

let dir = '';
afterEach(() => rm(dir, { recursive: true, force: true }));

/** A folder holding `names`, each written `ageMs` before `now`. */
const folder = async (names: string[], now: number, ageMs: number) => {
  dir = await mkdtemp(join(tmpdir(), 'isms-prune-'));
  for (const name of names) {
    await writeFile(join(dir, name), '');
    const at = new Date(now - ageMs);
    await utimes(join(dir, name), at, at);
  }
};

describe('out/cli after a rebuild', () => {
  it('removes what builds before the last one wrote, and keeps the last one for running commands', async () => {
    const { pruneEarlierOutputs } = await load();
    const now = Date.now();
    await folder(
      ['main.mjs', 'chunk-OLD.mjs', 'chunk-LAST.mjs', 'chunk-NEW.mjs', 'mine.txt'],
      now,
      3_600_000,
    );
    const previous = { outputs: ['main.mjs', 'chunk-LAST.mjs'], stale: ['chunk-OLD.mjs'] };
    const stale = pruneEarlierOutputs(dir, previous, ['main.mjs', 'chunk-NEW.mjs'], now);
    expect(stale).toEqual(['chunk-LAST.mjs']);
    expect((await readdir(dir)).sort()).toEqual([
      'chunk-LAST.mjs',
      'chunk-NEW.mjs',
      'main.mjs',
      'mine.txt',
    ]);
    // The next build: the last build's chunk goes too; a file no build wrote stays.
    pruneEarlierOutputs(
      dir,
      { outputs: ['main.mjs', 'chunk-NEW.mjs'], stale },
      ['main.mjs', 'chunk-NEW.mjs'],
      now,
    );
    expect((await readdir(dir)).sort()).toEqual(['chunk-NEW.mjs', 'main.mjs', 'mine.txt']);
  });

  it('keeps a file written within the grace, and never follows a name out of the folder', async () => {
    const { pruneEarlierOutputs } = await load();
    const now = Date.now();
    await folder(['chunk-RECENT.mjs'], now, 60_000);
    const stale = pruneEarlierOutputs(
      dir,
      { outputs: [], stale: ['chunk-RECENT.mjs', '../x.mjs'] },
      [],
      now,
    );
    expect(stale).toEqual(['chunk-RECENT.mjs']);
    expect(await readdir(dir)).toEqual(['chunk-RECENT.mjs']);
  });

  it('after a build whose manifest listed no outputs, counts the chunks there as the last build', async () => {
    const { pruneEarlierOutputs } = await load();
    const now = Date.now();
    await folder(['chunk-A.mjs', 'chunk-B.mjs', 'main.mjs'], now, 3_600_000);
    expect(
      pruneEarlierOutputs(dir, { builtAt: 1 } as Manifest, ['main.mjs', 'chunk-B.mjs'], now),
    ).toEqual(['chunk-A.mjs']);
    expect((await readdir(dir)).sort()).toEqual(['chunk-A.mjs', 'chunk-B.mjs', 'main.mjs']);
  });
});
