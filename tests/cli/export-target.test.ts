import { mkdir, readdir, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createBackend } from '../../backend/compose';
import { callApi } from '../../backend/cli/call';
import { runCli } from '../../backend/cli/main';
import { fixedClock } from '../support/fixed-clock';
import { makeTempDir } from '../support/temp-dir';

const cli = async (...argv: string[]) => {
  const err: string[] = [];
  const code = await runCli(
    argv,
    { out: () => undefined, err: (t) => err.push(t) },
    createBackend({ clock: fixedClock }).dispatch,
  );
  return { code, stderr: err.join('\n') };
};

describe('isms export of one document to a path that cannot take it', () => {
  let temp: Awaited<ReturnType<typeof makeTempDir>>;
  let ws: string;
  let aFile: string;
  beforeAll(async () => {
    temp = await makeTempDir('isms-export-target-');
    ws = join(temp.dir, 'ws');
    expect((await cli('init', ws)).code).toBe(0);
    expect((await cli('add', ws, 'information-security-policy')).code).toBe(0);
    aFile = join(temp.dir, 'notes');
    await writeFile(aFile, 'not a folder');
  });
  afterAll(() => temp.cleanup());

  it('names a file whose folder is a file, for Word and for PDF, without asking for a folder', async () => {
    for (const name of ['policy.docx', 'policy.pdf']) {
      const result = await cli('export', ws, 'ISMS-POL-001', '--out', join(aFile, name));
      expect(result.code).toBe(1);
      expect(result.stderr).toContain(`${aFile} is a file, not a folder`);
      expect(result.stderr).not.toContain('needs a folder');
    }
  });

  it('says an existing file of another kind is neither a Word file nor a folder', async () => {
    const result = await cli('export', ws, 'ISMS-POL-001', '--out', aFile);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain(`--out ${aFile}: is a file that is not .docx`);
    expect(result.stderr).not.toContain('several documents');
  });

  it('says a .docx name that is an existing folder is a folder', async () => {
    const folder = join(temp.dir, 'looks-like.docx');
    await mkdir(folder);
    const result = await cli('export', ws, 'ISMS-POL-001', '--out', folder);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('is a folder');
    expect(await readdir(folder)).toEqual([]);
  });

  it('treats a name ending in a slash as a folder', async () => {
    const folder = join(temp.dir, 'out.docx');
    expect((await cli('export', ws, 'ISMS-POL-001', '--out', `${folder}/`)).code).toBe(0);
    expect((await stat(folder)).isDirectory()).toBe(true);
    expect(await readdir(folder)).toEqual(['ISMS-POL-001 Information Security Policy.docx']);
  });

  it('exports a document with a 320-character title under a shortened name that keeps its ID', async () => {
    const { dispatch } = createBackend({ clock: fixedClock });
    const { id } = await callApi(dispatch, 'documents.create', {
      dir: ws,
      templateId: 'backup-policy',
    });
    const title = `Backup ${'and restore '.repeat(26)}Policy`;
    expect(title.length).toBeGreaterThanOrEqual(320);
    await callApi(dispatch, 'documents.update', { dir: ws, id, meta: { title } });
    const folder = join(temp.dir, 'long-title');
    const result = await cli('export', ws, id, '--out', folder);
    expect(result.stderr).not.toMatch(/ENAMETOOLONG|too long/i);
    expect(result.code).toBe(0);
    const [name = '', ...others] = await readdir(folder);
    expect(others).toEqual([]);
    expect(name).toMatch(new RegExp(`^${id} Backup and restore .*\\.docx$`));
    expect(Buffer.byteLength(name)).toBeLessThanOrEqual(255);
    expect((await stat(join(folder, name))).size).toBeGreaterThan(1000);
    // A cold Word export takes well over 30 s on a busy shared machine.
  }, 180_000);

  it('still refuses a file for several documents, saying why', async () => {
    const result = await cli('export', ws, '--all', '--out', aFile);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('exporting several documents needs a folder');
  });
});
