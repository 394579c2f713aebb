import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { REGISTER_NAMES } from '../../core/registers/types';
import { snapshot } from '../support/folder-snapshot';
import { cli, useCliDemo } from '../support/workspace-setup';

describe('isms register', () => {
  const setup = useCliDemo('isms-register-cli-');
  let temp: { dir: string };
  let demo: string;
  beforeAll(() => ({ temp, demo } = setup));

  it('lists every register name in its help', async () => {
    const help = await cli('register', '--help');
    expect(help.code).toBe(0);
    for (const name of REGISTER_NAMES) expect(help.stdout).toContain(name);
    expect((await cli('--help')).stdout).toContain('register (list|describe|export|import)');
  });

  it('describes the fields of one register, and refuses a name that is not a register', async () => {
    const result = await cli('register', 'describe', 'suppliers');
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/^## Suppliers \(`suppliers`\)$/m);
    expect(result.stdout).toMatch(
      /^\| `criticality` \| Criticality \| one value from a list \| `low`/m,
    );
    expect(result.stdout).not.toContain('## Risk register');
    const bad = await cli('register', 'describe', 'supplier');
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('no register called "supplier"');
  });

  it('lists the registers of a workspace with their entry counts', async () => {
    const result = await cli('register', 'list', demo);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(
      /^risks\s+Risk register \(6\.1\.2, 6\.1\.3, 8\.2, 8\.3\)\s+\d+ entries$/m,
    );
    expect(result.stdout).toMatch(/^soa\s+Statement of Applicability \(6\.1\.3\)\s+93 entries$/m);
  });

  it('exports a register and imports it back unchanged', async () => {
    for (const ext of ['csv', 'xlsx']) {
      const out = join(temp.dir, `assets.${ext}`);
      const exported = await cli('register', 'export', demo, 'assets', '--out', out);
      expect(exported).toMatchObject({ code: 0, stdout: `Wrote ${out}` });
      const before = await snapshot(join(demo, 'registers'));
      const imported = await cli('register', 'import', demo, 'assets', out);
      expect(imported.code).toBe(0);
      expect(imported.stdout).toMatch(/0 added, \d+ updated, 0 removed/);
      expect(await snapshot(join(demo, 'registers'))).toEqual(before);
    }
    expect((await readFile(join(temp.dir, 'assets.csv'), 'utf8')).split('\r\n')[0]).toBe(
      '\uFEFFID,Asset,Type,Owner,Location,Classification,C,I,A,Risks',
    );
  });

  it('prints every bad row on stderr, exits 1 and changes nothing', async () => {
    const file = join(temp.dir, 'bad-risks.csv');
    await writeFile(file, 'ID,Risk,Likelihood,Impact\n,Fine,1,1\n,,9,1\nR-001,Dup,x,1\n');
    const before = await snapshot(demo);
    const result = await cli('register', 'import', demo, 'risks', file);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain(`${file}: row 3, Risk (title):`.replace(' (title)', ''));
    expect(result.stderr).toContain(`${file}: row 4, Likelihood: expected a whole number, not "x"`);
    expect(result.stderr).toMatch(/nothing imported: \d+ problem\(s\).*the workspace is unchanged/);
    expect(await snapshot(demo)).toEqual(before);
  });

  it('answers a mistake in the call with exit code 2 and the usage', async () => {
    const unknown = await cli('register', 'export', demo, 'riskz', '--out', 'x.csv');
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toMatch(
      /no register called "riskz"[\s\S]*Registers: people, context-issues/,
    );
    const format = await cli('register', 'export', demo, 'risks', '--out', 'x.pdf');
    expect(format.code).toBe(2);
    expect(format.stderr).toContain('expected a .csv or .xlsx file');
  });
});
