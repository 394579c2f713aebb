import { execFileSync, spawnSync } from 'node:child_process';
import { mkdir, rm, symlink, writeFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:net';
import { basename, join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createBackend } from '../../backend/compose';
import { createFileWorkspaceStore } from '../../backend/store/file-workspace-store';
import type { AppError } from '../../core/errors';
import { failure, makeTempDir, sampleWorkspace } from './workspace-fixture';

// Files that are not ordinary files where the app expects one (a UNIX socket, a folder, a
// device, a named pipe): each is refused at once with a message naming the file and what it is,
// and never holds up the request or any request after it. Each test has 10 s; a read that
// blocked would run into that limit instead of passing.

const ID = 'ACME-POL-001';
const NOT_REGULAR = (file: string, kind: string) =>
  `${file} is not a regular file (it is a ${kind}); only ordinary files are read`;

describe('special files in a workspace', () => {
  let dir: string;
  let cleanup: () => Promise<void>;
  let body: string;
  let json: string;
  const servers: Server[] = [];

  beforeEach(async () => {
    ({ dir, cleanup } = await makeTempDir('special'));
    body = join(dir, 'documents', `${ID}.md`);
    json = join(dir, 'workspace.json');
    await createFileWorkspaceStore().create(dir, sampleWorkspace('Acme Ltd'), {
      [ID]: '# Policy\n',
    });
  });
  afterEach(async () => {
    await Promise.all(servers.splice(0).map((s) => new Promise((done) => s.close(done))));
    await cleanup();
  });

  /** Replaces `file` with a listening UNIX socket (it exists while the test runs). */
  const socketAt = async (file: string) => {
    await rm(file, { force: true });
    const server = createServer();
    servers.push(server);
    await new Promise<void>((done) => server.listen(file, done));
  };

  it('refuses a UNIX socket as a document body or as workspace.json', async () => {
    const files = await createFileWorkspaceStore().open(dir);
    await socketAt(body);
    const bodyError = (await failure(files.readBody(ID))) as AppError;
    expect(bodyError.message).toBe(NOT_REGULAR(body, 'socket'));
    await socketAt(json);
    const openError = (await failure(createFileWorkspaceStore().open(dir))) as AppError;
    expect(openError.message).toContain(NOT_REGULAR(json, 'socket'));
  }, 10_000);

  it('refuses a folder where a document body or workspace.json should be', async () => {
    const files = await createFileWorkspaceStore().open(dir);
    await rm(body);
    await mkdir(body);
    const bodyError = (await failure(files.readBody(ID))) as AppError;
    expect(bodyError.message).toBe(`${body} is a folder, not a file`);
    await rm(json);
    await mkdir(json);
    const openError = (await failure(createFileWorkspaceStore().open(dir))) as AppError;
    expect(openError.message).toContain(`${json} is a folder, not a file`);
  }, 10_000);

  it('refuses a link to /dev/null as a body: it leads outside the workspace', async () => {
    const files = await createFileWorkspaceStore().open(dir);
    await rm(body);
    await symlink('/dev/null', body);
    const error = (await failure(files.readBody(ID))) as AppError;
    expect(error.message).toBe(
      `Refused path "documents/${ID}.md": it must stay inside the workspace folder`,
    );
  }, 10_000);

  // Making a device needs root; elsewhere this case is skipped with the reason in its name.
  it.skipIf(spawnSync('mknod', ['--help']).status !== 0 || process.getuid?.() !== 0)(
    'refuses a character device inside the workspace (needs root to make one)',
    async () => {
      const files = await createFileWorkspaceStore().open(dir);
      await rm(body);
      execFileSync('mknod', [body, 'c', '1', '3']);
      const error = (await failure(files.readBody(ID))) as AppError;
      expect(error.message).toBe(NOT_REGULAR(body, 'device'));
    },
    10_000,
  );

  it('opens, lists and saves with a stray socket and named pipe in documents/', async () => {
    await socketAt(join(dir, 'documents', 'stray.md'));
    execFileSync('mkfifo', [join(dir, 'documents', 'pipe.md')]);
    const { dispatch } = createBackend({ renderWorkers: false });
    expect(await dispatch('workspace.open', { dir })).toMatchObject({ ok: true });
    const listed = await dispatch('documents.list', { dir });
    expect(listed.ok && (listed.data as { id: string }[]).map((d) => d.id)).toEqual([ID]);
    const saved = await dispatch('documents.update', { dir, id: ID, body: '# Policy\n\nMore.\n' });
    expect(saved).toMatchObject({ ok: true });
  }, 10_000);

  it('refuses to freeze a version over a special file, naming it, instead of calling it a conflict', async () => {
    const files = await createFileWorkspaceStore().open(dir);
    const frozen = join(dir, 'history', `${ID}@1.0.md`);
    await mkdir(join(dir, 'history'), { recursive: true });
    execFileSync('mkfifo', [frozen]);
    const error = (await failure(files.writeSnapshot(ID, '1.0', '# Policy\n'))) as AppError;
    expect(error.message).toBe(NOT_REGULAR(frozen, 'named pipe (FIFO)'));
  }, 10_000);

  it('lists a recent workspace whose workspace.json is a named pipe by its folder name', async () => {
    const temp = await makeTempDir('special-config');
    try {
      const { dispatch } = createBackend({ configDir: temp.dir, renderWorkers: false });
      expect(await dispatch('workspace.open', { dir })).toMatchObject({ ok: true });
      await rm(json);
      execFileSync('mkfifo', [json]);
      const recent = await dispatch('workspace.recent', {});
      expect(recent).toMatchObject({ ok: true, data: { recent: [{ dir, name: basename(dir) }] } });
    } finally {
      await temp.cleanup();
    }
  }, 10_000);
});

// A body written over a special file replaces it (rename), so a later read finds the text.
describe('a save over a special file', () => {
  it('replaces a named pipe left where a body goes', async () => {
    const { dir, cleanup } = await makeTempDir('special-save');
    try {
      await createFileWorkspaceStore().create(dir, sampleWorkspace('Acme Ltd'), { [ID]: '# A\n' });
      const body = join(dir, 'documents', `${ID}.md`);
      await rm(body);
      execFileSync('mkfifo', [body]);
      const files = await createFileWorkspaceStore().open(dir);
      await files.writeBody(ID, '# B\n');
      expect(await files.readBody(ID)).toBe('# B\n');
      await writeFile(body, '# C\n');
      expect(await files.readBody(ID)).toBe('# C\n');
    } finally {
      await cleanup();
    }
  }, 10_000);
});
