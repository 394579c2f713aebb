import { execFileSync } from 'node:child_process';
import { mkdir, readFile, readdir, utimes, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { AppError } from '../../core/errors';
import { createFileWorkspaceStore } from '../../backend/store/file-workspace-store';
import { failure, makeTempDir, sampleWorkspace } from './workspace-fixture';

// What a workspace folder may hold that the app did not write: keys from a newer version,
// other encodings, special files, temp files left by a crash, changes by another program.

describe('workspace files written by others', () => {
  let dir: string;
  let cleanup: () => Promise<void>;
  let file: string;
  beforeEach(async () => {
    ({ dir, cleanup } = await makeTempDir('input'));
    file = join(dir, 'workspace.json');
    await createFileWorkspaceStore().create(dir, sampleWorkspace('Acme Ltd'), {
      'ACME-POL-001': '# Policy\n',
    });
  });
  afterEach(() => cleanup());

  const editOnDisk = async (edit: (json: Record<string, unknown>) => void) => {
    const json = JSON.parse(await readFile(file, 'utf8')) as Record<string, unknown>;
    edit(json);
    await writeFile(file, JSON.stringify(json, null, 2));
  };

  it('keeps keys it does not know, at the top, in nested objects and in listed items', async () => {
    await editOnDisk((json) => {
      json['addedByNewerVersion'] = { level: 3 };
      (json['organisation'] as Record<string, unknown>)['crmId'] = 'C-42';
      (json['documents'] as Record<string, unknown>[])[0]!['reviewBoard'] = 'Board A';
    });
    const files = await createFileWorkspaceStore().open(dir);
    await files.update((ws) => ({
      ...ws,
      organisation: { ...ws.organisation, name: 'Renamed Ltd' },
      documents: ws.documents.map((d) => ({ ...d, title: 'Renamed policy' })),
    }));
    const saved = JSON.parse(await readFile(file, 'utf8')) as {
      addedByNewerVersion: unknown;
      organisation: { name: string; crmId: string };
      documents: { title: string; reviewBoard: string }[];
    };
    expect(saved.addedByNewerVersion).toEqual({ level: 3 });
    expect(saved.organisation).toMatchObject({ name: 'Renamed Ltd', crmId: 'C-42' });
    expect(saved.documents[0]).toMatchObject({ title: 'Renamed policy', reviewBoard: 'Board A' });
  });

  it('refuses invalid UTF-8 with its byte offset and line instead of rewriting it', async () => {
    const text = await readFile(file, 'utf8');
    const at = text.indexOf('Acme Ltd');
    const bytes = Buffer.concat([
      Buffer.from(text.slice(0, at)),
      Buffer.from([0x41, 0xff, 0x42]),
      Buffer.from(text.slice(at + 3)),
    ]);
    await writeFile(file, bytes);
    const error = (await failure(createFileWorkspaceStore().open(dir))) as AppError;
    const line = text.slice(0, at).split('\n').length;
    expect(error.message).toContain(`not valid UTF-8: byte 0xFF at byte offset ${at + 1}`);
    expect(error.message).toContain(`(line ${line})`);
    expect(await readFile(file)).toEqual(bytes);
  });

  it('refuses a document body with invalid UTF-8, naming the file', async () => {
    const files = await createFileWorkspaceStore().open(dir);
    const body = join(dir, 'documents', 'ACME-POL-001.md');
    await writeFile(body, Buffer.from([0x23, 0x20, 0xc3, 0x28, 0x0a]));
    const error = (await failure(files.readBody('ACME-POL-001'))) as AppError;
    expect(error.message).toBe(
      `${body} is not valid UTF-8: byte 0xC3 at byte offset 2 (line 1); save it as UTF-8`,
    );
  });

  it('reads a workspace.json that starts with a UTF-8 byte-order mark', async () => {
    const text = await readFile(file, 'utf8');
    await writeFile(file, `\uFEFF${text}`);
    const files = await createFileWorkspaceStore().open(dir);
    expect((await files.read()).organisation.name).toBe('Acme Ltd');
  });

  it('names UTF-16 as the problem', async () => {
    const text = await readFile(file, 'utf8');
    await writeFile(file, Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]));
    const error = (await failure(createFileWorkspaceStore().open(dir))) as AppError;
    expect(error.message).toContain('is saved as UTF-16 text; save it as UTF-8');
  });

  it('removes temp files left by a killed save when the workspace is opened', async () => {
    const dead = join(dir, '.workspace.json.999999-0badf00d.tmp');
    const ours = join(dir, 'documents', `.ACME-POL-001.md.${process.pid}-12345678.tmp`);
    const old = join(dir, 'documents', `.ACME-POL-001.md.${process.pid}-87654321.tmp`);
    for (const temp of [dead, ours, old]) await writeFile(temp, 'half');
    const twoHoursAgo = new Date(Date.now() - 2 * 3600_000);
    await utimes(old, twoHoursAgo, twoHoursAgo);
    await createFileWorkspaceStore().open(dir);
    expect(await readdir(dir)).not.toContain('.workspace.json.999999-0badf00d.tmp');
    // A running process may be about to rename its temp file; only an abandoned one goes.
    const left = await readdir(join(dir, 'documents'));
    expect(left).toContain(`.ACME-POL-001.md.${process.pid}-12345678.tmp`);
    expect(left).not.toContain(`.ACME-POL-001.md.${process.pid}-87654321.tmp`);
  });

  it('refuses a FIFO as a document body or as workspace.json at once instead of hanging', async () => {
    const files = await createFileWorkspaceStore().open(dir);
    const body = join(dir, 'documents', 'ACME-POL-001.md');
    await mkdir(join(dir, 'documents'), { recursive: true });
    execFileSync('rm', [body]);
    execFileSync('mkfifo', [body]);
    const bodyError = (await failure(files.readBody('ACME-POL-001'))) as AppError;
    expect(bodyError.message).toBe(
      `${body} is not a regular file (it is a named pipe (FIFO)); only ordinary files are read`,
    );
    execFileSync('rm', [file]);
    execFileSync('mkfifo', [file]);
    const openError = (await failure(createFileWorkspaceStore().open(dir))) as AppError;
    expect(openError.message).toContain('is not a regular file (it is a named pipe (FIFO))');
  }, 10_000);

  it('reports a change made on disk after reading as a conflict and overwrites nothing', async () => {
    const files = await createFileWorkspaceStore().open(dir);
    const mine = await files.read();
    await editOnDisk((json) => {
      (json['organisation'] as Record<string, unknown>)['name'] = 'Pulled from git Ltd';
    });
    const pulled = await readFile(file, 'utf8');
    const error = (await failure(
      files.write({ ...mine, organisation: { ...mine.organisation, name: 'Mine Ltd' } }),
    )) as AppError;
    expect(error.code).toBe('conflict');
    expect(error.message).toContain('was changed by another program');
    expect(await readFile(file, 'utf8')).toBe(pulled);
    // A read-change-write starts from what is on disk, so it keeps the pulled change.
    await files.update((ws) => ({ ...ws, people: [] }));
    const saved = JSON.parse(await readFile(file, 'utf8')) as { organisation: { name: string } };
    expect(saved.organisation.name).toBe('Pulled from git Ltd');
  });
});
