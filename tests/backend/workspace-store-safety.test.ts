import { mkdir, readFile, readdir, rm, symlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { AppError } from '../../core/errors';
import { nodeAtomicFs, type AtomicFs } from '../../backend/store/atomic-write';
import { restoreBackup } from '../../backend/store/backup';
import { createFileWorkspaceStore } from '../../backend/store/file-workspace-store';
import { failure, makeTempDir, sampleWorkspace } from './workspace-fixture';

/** A file system whose rename of workspace.json "crashes"; `cleanup: false` keeps the temp file. */
const crashingFs = (target: string, { cleanup }: { cleanup: boolean }): AtomicFs => ({
  ...nodeAtomicFs,
  rename: async (from, to) => {
    if (to === target) throw Object.assign(new Error('EIO: simulated power loss'), { code: 'EIO' });
    await nodeAtomicFs.rename(from, to);
  },
  rm: cleanup ? nodeAtomicFs.rm : () => Promise.resolve(),
});

const lineAndColumn = (text: string, offset: number) => {
  const before = text.slice(0, offset).split('\n');
  return { line: before.length, column: (before.at(-1)?.length ?? 0) + 1 };
};

describe('file-workspace-store safety', () => {
  let dir: string;
  let cleanup: () => Promise<void>;
  let file: string;
  beforeEach(async () => {
    ({ dir, cleanup } = await makeTempDir('safety'));
    file = join(dir, 'workspace.json');
  });
  afterEach(() => cleanup());

  it('keeps the previous workspace.json when a save fails between temp file and rename', async () => {
    await createFileWorkspaceStore().create(dir, sampleWorkspace('Before Ltd'), {});
    const before = await readFile(file);
    const files = await createFileWorkspaceStore({ fs: crashingFs(file, { cleanup: true }) }).open(
      dir,
    );
    const error = await failure(files.write(sampleWorkspace('After Ltd')));
    expect(error).toMatchObject({ code: 'io-failed', details: { file } });
    expect(await readFile(file)).toEqual(before);
    expect((await readdir(dir)).filter((name) => name.endsWith('.tmp'))).toEqual([]);
    const reopened = await createFileWorkspaceStore().open(dir);
    expect((await reopened.read()).organisation.name).toBe('Before Ltd');
  });

  it('opens and saves normally after a crash left a half-finished temp file behind', async () => {
    await createFileWorkspaceStore().create(dir, sampleWorkspace('Before Ltd'), {});
    const crashed = await createFileWorkspaceStore({
      fs: crashingFs(file, { cleanup: false }),
    }).open(dir);
    await failure(crashed.write(sampleWorkspace('Lost Ltd')));
    const leftovers = (await readdir(dir)).filter((name) => name.endsWith('.tmp'));
    expect(leftovers).toHaveLength(1);
    expect(await readFile(join(dir, leftovers[0] ?? ''), 'utf8')).toContain('Lost Ltd');

    const files = await createFileWorkspaceStore().open(dir);
    expect((await files.read()).organisation.name).toBe('Before Ltd');
    await files.write(sampleWorkspace('Next Ltd'));
    expect((await files.read()).organisation.name).toBe('Next Ltd');
  });

  it('reports invalid JSON with the file, line and column, and never overwrites it', async () => {
    const files = await createFileWorkspaceStore().create(dir, sampleWorkspace(), {});
    const broken =
      '{\n  "schemaVersion": 1,\n  "organisation": { "name": "Acme" }\n  "people": []\n}\n';
    await writeFile(file, broken);
    const expected = lineAndColumn(broken, broken.indexOf('"people"'));

    const openError = (await failure(createFileWorkspaceStore().open(dir))) as AppError;
    expect(openError.code).toBe('workspace-corrupt');
    expect(openError.details).toMatchObject({ file, ...expected });
    expect(openError.message).toContain(file);
    expect(openError.message).toContain(`line ${expected.line}, column ${expected.column}`);

    expect(await failure(files.read())).toMatchObject({ code: 'workspace-corrupt' });
    const writeError = await failure(files.write(sampleWorkspace('Overwrite Ltd')));
    expect(writeError).toMatchObject({
      code: 'workspace-corrupt',
      details: { refusedWrite: true },
    });
    expect(await readFile(file, 'utf8')).toBe(broken);
  });

  it('names the field path of a schema error and refuses to save over it', async () => {
    const files = await createFileWorkspaceStore().create(dir, sampleWorkspace(), {});
    const raw = JSON.parse(await readFile(file, 'utf8')) as {
      organisation: Record<string, unknown>;
    };
    raw.organisation['reviewCycleMonths'] = 'yearly';
    const invalid = JSON.stringify(raw, null, 2);
    await writeFile(file, invalid);

    const error = (await failure(createFileWorkspaceStore().open(dir))) as AppError;
    expect(error.code).toBe('workspace-invalid');
    expect(error.details['path']).toBe('organisation.reviewCycleMonths');
    expect(error.message).toContain('organisation.reviewCycleMonths');
    expect(error.message).toContain(file);
    await failure(files.write(sampleWorkspace()));
    expect(await readFile(file, 'utf8')).toBe(invalid);
  });

  it('keeps the last good version as a backup and restores it on request', async () => {
    const files = await createFileWorkspaceStore().create(dir, sampleWorkspace('First Ltd'), {});
    await files.write(sampleWorkspace('Second Ltd'));
    await files.write(sampleWorkspace('Third Ltd'));
    const corrupt = '{ "schemaVersion": 1, "organisation": ';
    await writeFile(file, corrupt);

    const error = (await failure(createFileWorkspaceStore().open(dir))) as AppError;
    expect(error.details).toMatchObject({ backup: `${file}.bak`, backupUsable: true });
    expect(error.message).toContain('workspace.json.bak');

    const result = await restoreBackup(dir);
    const restored = await createFileWorkspaceStore().open(dir);
    expect((await restored.read()).organisation.name).toBe('Second Ltd');
    expect(result.keptAs).not.toBeNull();
    expect(await readFile(result.keptAs ?? '', 'utf8')).toBe(corrupt);
  });

  it('refuses to restore a backup that is itself broken', async () => {
    const files = await createFileWorkspaceStore().create(dir, sampleWorkspace('First Ltd'), {});
    await files.write(sampleWorkspace('Second Ltd'));
    await writeFile(`${file}.bak`, '{ "schemaVersion": 1, ');
    await writeFile(file, 'not json');

    const openError = (await failure(createFileWorkspaceStore().open(dir))) as AppError;
    expect(openError.details).toMatchObject({ backupUsable: false });
    const error = (await failure(restoreBackup(dir))) as AppError;
    expect(error.code).toBe('workspace-corrupt');
    expect(error.message).toContain('workspace.json.bak');
    expect(await readFile(file, 'utf8')).toBe('not json');
  });

  it('refuses document ids and versions that would leave their folder', async () => {
    const files = await createFileWorkspaceStore().create(join(dir, 'ws'), sampleWorkspace(), {});
    for (const id of ['../x', '../../outside', 'ACME-POL-001/../../x', '', '.', 'a\\..\\b']) {
      expect(await failure(files.writeBody(id, 'x'))).toMatchObject({ code: 'invalid-input' });
      expect(await failure(files.readBody(id))).toMatchObject({ code: 'invalid-input' });
      expect(await failure(files.deleteBody(id))).toMatchObject({ code: 'invalid-input' });
    }
    const snapshot = files.writeSnapshot('ACME-POL-001', '../../1.0', 'x');
    expect(await failure(snapshot)).toMatchObject({ code: 'invalid-input' });
    expect((await readdir(dir)).sort()).toEqual(['ws']);
  });

  it('reads files inside the workspace and refuses paths that leave it', async () => {
    const root = join(dir, 'ws');
    const files = await createFileWorkspaceStore().create(root, sampleWorkspace(), {});
    await mkdir(join(root, 'assets'));
    const logo = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 255]);
    await writeFile(join(root, 'assets', 'logo.png'), logo);
    await writeFile(join(dir, 'secret.txt'), 'outside');
    expect(await files.readFile('assets/logo.png')).toEqual(logo);

    for (const path of ['../secret.txt', 'assets/../../secret.txt', join(dir, 'secret.txt'), '']) {
      expect(await failure(files.readFile(path))).toMatchObject({ code: 'invalid-input' });
    }
    expect(await failure(files.readFile('assets/missing.png'))).toMatchObject({
      code: 'not-found',
    });
  });

  it.skipIf(process.platform === 'win32')(
    'refuses a symbolic link that points outside the workspace',
    async () => {
      const root = join(dir, 'ws');
      const files = await createFileWorkspaceStore().create(root, sampleWorkspace(), {});
      await writeFile(join(dir, 'secret.txt'), 'outside');
      await symlink(join(dir, 'secret.txt'), join(root, 'logo.png'));
      expect(await failure(files.readFile('logo.png'))).toMatchObject({ code: 'invalid-input' });
    },
  );

  it.skipIf(process.platform === 'win32')(
    'refuses to save through a documents folder that links outside the workspace',
    async () => {
      const root = join(dir, 'ws');
      const files = await createFileWorkspaceStore().create(root, sampleWorkspace(), {});
      await mkdir(join(dir, 'elsewhere'));
      await rm(join(root, 'documents'), { recursive: true });
      await symlink(join(dir, 'elsewhere'), join(root, 'documents'));
      expect(await failure(files.writeBody('ACME-POL-009', '# Text\n'))).toMatchObject({
        code: 'invalid-input',
      });
      expect(await readdir(join(dir, 'elsewhere'))).toEqual([]);
    },
  );

  it.skipIf(process.platform === 'win32')(
    'refuses a document body that links to a file outside the workspace',
    async () => {
      const root = join(dir, 'ws');
      const files = await createFileWorkspaceStore().create(root, sampleWorkspace(), {});
      await writeFile(join(dir, 'secret.txt'), 'outside');
      await symlink(join(dir, 'secret.txt'), join(root, 'documents', 'ACME-POL-009.md'));
      expect(await failure(files.readBody('ACME-POL-009'))).toMatchObject({
        code: 'invalid-input',
        message: expect.stringContaining('documents/ACME-POL-009.md') as unknown,
      });
    },
  );

  it('names the document, the version and the missing file when a body or frozen copy is gone', async () => {
    const root = join(dir, 'ws');
    const files = await createFileWorkspaceStore().create(root, sampleWorkspace(), {});
    const body = join(root, 'documents', 'ACME-POL-009.md');
    expect(await failure(files.readBody('ACME-POL-009'))).toMatchObject({
      code: 'not-found',
      message: `Document ACME-POL-009 has no body: ${body} does not exist`,
      details: { file: body, documentId: 'ACME-POL-009' },
    });
    const error = (await failure(files.readSnapshot('ACME-POL-009', '1.0'))) as AppError;
    expect(error.code).toBe('not-found');
    expect(error.message).toMatch(
      /^Version 1\.0 of ACME-POL-009 is not frozen: .+ does not exist$/,
    );
    expect(error.details).toMatchObject({ documentId: 'ACME-POL-009', version: '1.0' });
    expect(String(error.details.file)).toContain(join(root, 'history'));
  });
});
