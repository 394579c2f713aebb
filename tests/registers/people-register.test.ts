import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createBackend } from '../../backend/compose';
import { runCli } from '../../backend/cli/main';
import { bytesToBase64 } from '../../core/api/base64';
import { createApiClient } from '../../core/api/client';
import type { Api } from '../../core/api/contract';
import { fixedClock } from '../support/fixed-clock';
import { snapshot } from '../support/folder-snapshot';
import { makeTempDir } from '../support/temp-dir';

const { dispatch } = createBackend({ clock: fixedClock });
const api: Api = createApiClient((method, input) => dispatch(method, input));

const cli = async (...argv: string[]) => {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runCli(argv, { out: (t) => out.push(t), err: (t) => err.push(t) }, dispatch);
  return { code, stdout: out.join('\n'), stderr: err.join('\n') };
};

const STAFF = `Name,Job title,E-mail
Priya Shah,Head of Operations,priya.shah@example.co.uk
Tom Okafor,IT Manager,tom.okafor@example.co.uk
Zoë Hart,Chief Executive,zoe.hart@example.co.uk
`;

const csv = (text: string) => bytesToBase64(new TextEncoder().encode(text));
const people = async (dir: string) =>
  (await api['registers.list']({ dir, register: 'people' })).rows.map((r) => [r['id'], r['name']]);

describe('the people register', () => {
  let temp: Awaited<ReturnType<typeof makeTempDir>>;
  let dir: string;
  let count = 0;

  beforeAll(async () => {
    temp = await makeTempDir('isms-people-');
  });
  afterAll(() => temp.cleanup());
  beforeEach(async () => {
    count += 1;
    dir = join(temp.dir, `blank-${count}`);
    expect((await cli('init', dir)).code).toBe(0);
  });

  it('is listed by the CLI and imports a CSV of people into a blank workspace', async () => {
    expect((await cli('register', 'list', dir)).stdout).toMatch(/^people\s+People \(5\.3, 7\.2\)/m);
    const file = join(temp.dir, `staff-${count}.csv`);
    await writeFile(file, STAFF);
    const first = await cli('register', 'import', dir, 'people', file);
    expect(first.stderr).toBe('');
    expect(first.code).toBe(0);
    expect(await people(dir)).toEqual([
      ['priya-shah', 'Priya Shah'],
      ['tom-okafor', 'Tom Okafor'],
      ['zoe-hart', 'Zoë Hart'],
    ]);
    // The same file again (no IDs) updates the same three people rather than adding three more.
    await writeFile(file, STAFF.replace('IT Manager', 'Head of IT'));
    expect((await cli('register', 'import', dir, 'people', file)).code).toBe(0);
    const rows = (await api['registers.list']({ dir, register: 'people' })).rows;
    expect(rows).toHaveLength(3);
    expect(rows.find((r) => r['id'] === 'tom-okafor')?.['jobTitle']).toBe('Head of IT');
    const profile = await api['profile.get']({ dir });
    expect(profile.people.map((p) => p.id)).toEqual(['priya-shah', 'tom-okafor', 'zoe-hart']);
  });

  it('lists every bad row with its number, column and reason, and changes no file', async () => {
    await api['registers.import']({ dir, register: 'people', format: 'csv', data: csv(STAFF) });
    const before = await snapshot(dir);
    const file = join(temp.dir, `bad-${count}.csv`);
    await writeFile(
      file,
      [
        'ID,Name,Job title,E-mail',
        ',Ann Lee,Analyst,ann.lee@example.co.uk',
        ',,Intern,nobody@example.co.uk',
        ',Bo Chan,Engineer,bo.chan-at-example',
        ',Cy Ray,Engineer,cy@example.co.uk',
        'Dee Fox,Dee Fox,Engineer,dee@example.co.uk',
        ',Di Ray,Engineer,cy@example.co.uk',
        '',
      ].join('\n'),
    );
    const result = await cli('register', 'import', dir, 'people', file);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('row 3, Name: a name is required');
    expect(result.stderr).toContain('row 4, E-mail: "bo.chan-at-example" is not an e-mail address');
    expect(result.stderr).toContain('row 5, E-mail: cy@example.co.uk is also the e-mail of');
    expect(result.stderr).toContain('row 7, E-mail: cy@example.co.uk is also the e-mail of');
    expect(result.stderr).toMatch(/row 6, ID: use lower-case letters, digits and hyphens/);
    expect(result.stderr).not.toMatch(/row 2,/);
    expect(await snapshot(dir)).toEqual(before);
  });

  it('keeps references to people consistent: held people are not deleted or dropped', async () => {
    await api['registers.import']({ dir, register: 'people', format: 'csv', data: csv(STAFF) });
    await api['profile.update']({ dir, patch: { roles: { ismsManager: 'priya-shah' } } });
    const risk = await api['registers.save']({
      dir,
      register: 'risks',
      entry: { title: 'Laptop stolen from a car', owner: 'tom-okafor', likelihood: 3, impact: 3 },
    });
    const before = await snapshot(dir);

    // A role holder cannot be deleted; the message says what she holds.
    await expect(
      api['registers.delete']({ dir, register: 'people', id: 'priya-shah', confirm: true }),
    ).rejects.toThrow(/priya-shah is the role ISMS Manager/);
    // A risk owner is deleted only after the references are shown and confirmed.
    const asked = await api['registers.delete']({ dir, register: 'people', id: 'tom-okafor' });
    expect(asked.deleted).toBe(false);
    expect(asked.references).toEqual([
      { register: 'risks', id: risk.entry['id'], field: 'owner', target: 'tom-okafor' },
    ]);
    // A replacing import that leaves them out is refused as a whole.
    const onlyZoe = 'Name,E-mail\nZoë Hart,zoe.hart@example.co.uk\n';
    await expect(
      api['registers.import']({
        dir,
        register: 'people',
        format: 'csv',
        data: csv(onlyZoe),
        mode: 'replace',
      }),
    ).rejects.toThrow(/priya-shah is not in the file but is still the role ISMS Manager/);
    expect(await snapshot(dir)).toEqual(before);

    // Once deleted, Tom's id stays taken while the risk still names him.
    await api['registers.delete']({ dir, register: 'people', id: 'tom-okafor', confirm: true });
    const again = await api['registers.save']({
      dir,
      register: 'people',
      entry: { name: 'Tom Okafor' },
    });
    expect(again.entry['id']).toBe('tom-okafor-2');
    const problems = await api['registers.problems']({ dir });
    expect(problems.problems.map((p) => p.message)).toContain(
      'no person with id tom-okafor in the organisation profile',
    );
  });

  it('exports people as XLSX and reads the file back unchanged', async () => {
    await api['registers.import']({ dir, register: 'people', format: 'csv', data: csv(STAFF) });
    const before = await readFile(join(dir, 'workspace.json'), 'utf8');
    const out = join(temp.dir, `people-${count}.xlsx`);
    expect((await cli('register', 'export', dir, 'people', '--out', out)).code).toBe(0);
    expect((await cli('register', 'import', dir, 'people', out, '--replace')).code).toBe(0);
    expect(await readFile(join(dir, 'workspace.json'), 'utf8')).toBe(before);
  });
});
