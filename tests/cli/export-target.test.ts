import { mkdir, readdir, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createBackend } from '../../backend/compose';
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

  it('still refuses a file for several documents, saying why', async () => {
    const result = await cli('export', ws, '--all', '--out', aFile);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('exporting several documents needs a folder');
  });
});
