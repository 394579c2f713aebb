import { beforeAll, describe, expect, inject, it } from 'vitest';
import { execFile } from 'node:child_process';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { paragraphsWithStyles, readDocxParts } from '../support/docx-parts';
import { snapshot } from '../support/folder-snapshot';
import { cli, useCliDemo } from '../support/workspace-setup';

const ROOT = join(import.meta.dirname, '..', '..');
const run = promisify(execFile);

describe('isms CLI', () => {
  const setup = useCliDemo('isms-cli-');
  let temp: { dir: string };
  let demo: string;
  beforeAll(() => ({ temp, demo } = setup));

  // The other tests start from a copy of the run's demo; this one makes it with the command.
  it('makes the demo with `init --demo`, file for file what the other tests start from', async () => {
    const made = join(temp.dir, 'made-by-init');
    const result = await cli('init', made, '--demo');
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(
      /^Created the demo workspace "Brightwater Analytics" in .* with \d+ document\(s\)\.$/,
    );
    const files = await snapshot(made);
    expect(Object.keys(files).length).toBeGreaterThan(100);
    expect(files).toEqual(await snapshot(inject('demoWorkspace')));
  }, 180_000);

  it('reports what still blocks Stage 1 in the demo with exit code 1', async () => {
    const result = await cli('check', demo);
    expect(result.stdout).toMatch(/Stage 1 readiness on 2026-11-28: \d+% - not ready/);
    expect(result.stdout).toContain('ok    BWA-POL-001 Information Security Policy');
    expect(result.code).toBe(1);
  });

  it('lists every unfilled field with its line and exits 1 for a blank workspace', async () => {
    const blank = join(temp.dir, 'blank');
    expect((await cli('init', blank)).code).toBe(0);
    expect((await cli('add', blank, 'information-security-policy')).stdout).toContain(
      'ISMS-POL-001',
    );
    const result = await cli('check', blank);
    expect(result.code).toBe(1);
    expect(result.stdout).toMatch(/MISSING ISMS-POL-001 Information Security Policy/);
    expect(result.stdout).toMatch(/unfilled organisation\.name \(line \d+, column \d+\)/);
  });

  it('prints the filled Markdown of a document with no placeholders left', async () => {
    const result = await cli('render', demo, 'BWA-POL-001');
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('Brightwater Analytics');
    expect(result.stdout).not.toMatch(/\{\{|\{%/);
  });

  it('exports every document as "<ID> <Title>.docx" with Heading styles and no Liquid left', async () => {
    const out = join(temp.dir, 'export');
    const result = await cli('export', demo, '--all', '--out', out);
    expect(result.code).toBe(0);
    const files = (await readdir(out)).sort();
    expect(files).toContain('BWA-POL-001 Information Security Policy.docx');
    for (const file of files) {
      const parts = readDocxParts(new Uint8Array(await readFile(join(out, file))));
      const xml = parts['word/document.xml'] ?? '';
      expect(xml, file).not.toMatch(/\{\{|\{%/);
      expect(
        paragraphsWithStyles(xml).some((p) => p.style === 'Heading1'),
        file,
      ).toBe(true);
    }
    // 58 documents: on a loaded two-core machine the whole export takes longer than the default.
  }, 120_000);

  it('exports one document to a named file', async () => {
    const file = join(temp.dir, 'single', 'policy.docx');
    expect((await cli('export', demo, 'BWA-POL-001', '--out', file)).code).toBe(0);
    const parts = readDocxParts(new Uint8Array(await readFile(file)));
    expect(parts['docProps/core.xml']).toContain('Information Security Policy');
  });

  it('names the file and position when workspace.json is corrupt, and leaves it untouched', async () => {
    const broken = join(temp.dir, 'broken');
    await cli('init', broken);
    const text = '{\n  "schemaVersion": 1,\n  "organisation": {\n}}}\n';
    await writeFile(join(broken, 'workspace.json'), text);
    const result = await cli('check', broken);
    expect(result.code).not.toBe(0);
    expect(result.stderr).toContain('workspace.json');
    expect(result.stderr).toMatch(/line 4/);
    expect(await readFile(join(broken, 'workspace.json'), 'utf8')).toBe(text);
  });

  it('gives byte-identical Word files for the same workspace at the same time', async () => {
    const first = join(temp.dir, 'same', 'a.docx');
    const second = join(temp.dir, 'same', 'b.docx');
    await cli('export', demo, 'BWA-REC-004', '--out', first);
    await cli('export', demo, 'BWA-REC-004', '--out', second);
    expect(Buffer.compare(await readFile(first), await readFile(second))).toBe(0);
  });

  it('writes nothing when one of several IDs is unknown', async () => {
    const out = join(temp.dir, 'partial');
    const result = await cli('export', demo, 'BWA-POL-001', 'BWA-POL-998', '--out', out);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('BWA-POL-998');
    await expect(readdir(out)).rejects.toThrow();
  });

  it('names an unknown document', async () => {
    const result = await cli('render', demo, 'BWA-POL-999');
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('BWA-POL-999');
  });

  it('answers --help for every command and rejects a missing argument with exit 2', async () => {
    for (const command of ['init', 'render', 'export', 'check', 'templates', 'add']) {
      const help = await cli(command, '--help');
      expect(help.code, command).toBe(0);
      expect(help.stdout, command).toContain(`isms ${command}`);
    }
    const missing = await cli('export', demo);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('--out');
  });

  it('exits 2 for an unknown option and 1 when a file cannot be written', async () => {
    const unknown = await cli('check', demo, '--no-such-option');
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain('--no-such-option');
    const blocker = join(temp.dir, 'not-a-folder');
    await writeFile(blocker, 'a file where a folder is needed');
    const out = join(blocker, 'policy.docx');
    const failed = await cli('export', demo, 'BWA-POL-001', '--out', out);
    expect(failed.code).toBe(1);
    expect(failed.stderr).toContain(blocker);
  });

  it('lists the template library with clauses and controls', async () => {
    const result = await cli('templates');
    expect(result.stdout).toMatch(/statement-of-applicability\s+\w+\s+Statement of Applicability/);
    expect(result.stdout).toMatch(/access-control-policy .*controls 5\.15/);
  });

  it('runs as the installed `isms` command with real exit codes', async () => {
    const bin = join(ROOT, 'bin', 'isms.mjs');
    const ok = await run(process.execPath, [bin, 'render', demo, 'BWA-POL-001']);
    expect(ok.stdout).toContain('Brightwater Analytics');
    const failed = await run(process.execPath, [bin, 'check', join(temp.dir, 'nowhere')]).catch(
      (error: { code: number; stderr: string }) => error,
    );
    expect('code' in failed && failed.code).toBe(1);
    expect('stderr' in failed && failed.stderr).toContain('nowhere');
  }, 60_000);

  // The built command carries only zod's English messages (the other languages are left out of
  // the bundle): a value of the wrong type is still named in plain English.
  it('names a wrongly typed value in workspace.json in English from the installed command', async () => {
    const bin = join(ROOT, 'bin', 'isms.mjs');
    const typed = join(temp.dir, 'wrong-type');
    await cli('init', typed);
    const file = join(typed, 'workspace.json');
    const workspace = JSON.parse(await readFile(file, 'utf8')) as { organisation: object };
    await writeFile(file, JSON.stringify({ ...workspace, organisation: { name: 5 } }));
    const failed = await run(process.execPath, [bin, 'check', typed]).catch(
      (error: { code: number; stderr: string }) => error,
    );
    expect('code' in failed && failed.code).toBe(1);
    expect('stderr' in failed && failed.stderr).toContain(
      'organisation.name: Invalid input: expected string, received number',
    );
  }, 60_000);
});
