import { mkdir, readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createBackend } from '../../backend/compose';
import { makeTempDir } from './workspace-fixture';

describe('workspace.create chooses its folder with care', () => {
  let dir: string;
  let cleanup: () => Promise<void>;
  const { dispatch } = createBackend();
  const create = (target: string) => dispatch('workspace.create', { dir: target, from: 'blank' });
  beforeEach(async () => {
    ({ dir, cleanup } = await makeTempDir('new-folder'));
  });
  afterEach(() => cleanup());

  it('refuses a folder that already holds other files and writes nothing into it', async () => {
    const home = join(dir, 'home');
    await mkdir(join(home, 'Documents'), { recursive: true });
    await writeFile(join(home, 'notes.txt'), 'mine');
    const result = await create(home);
    expect(result).toMatchObject({
      ok: false,
      error: {
        code: 'invalid-input',
        message: `${home} is not empty (Documents, notes.txt); choose an empty or new folder for the workspace`,
      },
    });
    expect((await readdir(home)).sort()).toEqual(['Documents', 'notes.txt']);
  });

  it('accepts an empty folder or one holding only a git repository', async () => {
    const repo = join(dir, 'repo');
    await mkdir(join(repo, '.git'), { recursive: true });
    expect(await create(repo)).toMatchObject({ ok: true });
    expect(await create(join(dir, 'new', 'deeper'))).toMatchObject({ ok: true });
  });

  it('refuses a relative path instead of creating it beside the program', async () => {
    const result = await create('acme');
    expect(result).toMatchObject({
      ok: false,
      error: { message: 'Choose a full folder path for the new workspace; "acme" is relative' },
    });
  });

  it.skipIf(process.platform === 'win32')(
    'refuses a system folder such as /proc at once',
    async () => {
      const result = await create('/proc/self/x');
      expect(result).toMatchObject({
        ok: false,
        error: { message: '/proc/self/x is inside a system folder; choose a folder of your own' },
      });
    },
    5_000,
  );

  it('says when a level of the path is a file', async () => {
    await writeFile(join(dir, 'plain'), 'x');
    const result = await create(join(dir, 'plain', 'ws'));
    expect(result).toMatchObject({
      ok: false,
      error: { message: `${join(dir, 'plain')} is a file, not a folder` },
    });
  });
});
