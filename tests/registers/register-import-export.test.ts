import ExcelJS from 'exceljs';
import { beforeEach, describe, expect, it } from 'vitest';
import { base64ToBytes, bytesToBase64 } from '../../core/api/base64';
import type { Api } from '../../core/api/contract';
import type { RegisterName } from '../../core/registers/types';
import { snapshot } from '../support/folder-snapshot';
import { useFreshWorkspaces } from '../support/workspace-setup';

type ImportError = { message: string; details: { problems: unknown[] } };
const isBackup = (name: string) => name.endsWith('.bak');
const csv = (text: string) => bytesToBase64(new TextEncoder().encode(text));

/** Imports refused as a whole: each bad row reported by row, column and reason, nothing changed. */
const REFUSED_IMPORTS: {
  what: string;
  register: RegisterName;
  lines: string[];
  message?: RegExp;
  problems: unknown;
}[] = [
  {
    what: 'reports every bad row with its number, column and reason and changes nothing',
    register: 'risks',
    lines: [
      'ID,Risk,Likelihood,Impact,Treatment,Unknown column',
      'R-001,Still fine,3,3,modify,',
      ',New risk,seven,2,modify,',
      'R-002,,2,2,ignore,',
      'R-001,Twice,1,1,avoid,',
    ],
    message:
      /^Nothing imported into risks: \d+ problem\(s\): row 1, Unknown column: not a column of risks/,
    problems: expect.arrayContaining([
      { row: 1, column: 'Unknown column', message: 'not a column of risks' },
      { row: 3, column: 'Likelihood', message: 'expected a whole number, not "seven"' },
      { row: 4, column: 'Treatment', message: 'expected one of modify, retain, avoid, share' },
      { row: 5, column: 'ID', message: 'R-001 is also on row 2' },
    ]) as unknown,
  },
  {
    what: 'refuses dates not in the calendar and references to entries or people that do not exist',
    register: 'risks',
    lines: [
      'ID,Risk,Assets,Owner,Likelihood,Impact,Treatment,Assessed on',
      'R-001,Fine,A-001,daniel-reyes,3,3,modify,2026-02-28',
      'R-002,Bad date,A-001,,2,2,modify,2026-02-30',
      'R-003,Bad asset,A-999,,2,2,modify,',
      ',Bad owner,,nobody-here,2,2,modify,',
      'R-004,Not a date,,,2,2,modify,next week',
    ],
    problems: [
      { row: 3, column: 'Assessed on', message: '2026-02-30 is not a date in the calendar' },
      { row: 4, column: 'Assets', message: 'no assets entry A-999' },
      {
        row: 5,
        column: 'Owner',
        message: 'no person with id nobody-here in the organisation profile',
      },
      {
        row: 6,
        column: 'Assessed on',
        message: 'expected a date as YYYY-MM-DD, not "next week"',
      },
    ],
  },
  {
    what: 'reports schema and rule failures of imported rows by row and column',
    register: 'soa',
    lines: ['Control,Applicable,Justification', '5.1,no,', '5.2,yes,Needed', ''],
    problems: [
      { row: 2, column: 'Justification', message: 'an excluded control needs a justification' },
    ],
  },
];

describe('register import and export', () => {
  const setup = useFreshWorkspaces('isms-register-files-', { from: 'demo' });
  let api: Api;
  let demo: string;
  beforeEach(() => ({ api, dir: demo } = setup));

  for (const format of ['csv', 'xlsx'] as const) {
    it(`round-trips every register through ${format.toUpperCase()} without loss`, async () => {
      const { registers } = await api['registers.describe']({});
      for (const { name } of registers) {
        const before = await api['registers.list']({ dir: demo, register: name });
        const exported = await api['registers.export']({ dir: demo, register: name, format });
        expect(exported.fileName).toBe(`${name}.${format}`);
        const files = await snapshot(demo, isBackup);
        const result = await api['registers.import']({
          dir: demo,
          register: name,
          format,
          data: exported.data,
          mode: 'replace',
        });
        expect(result, name).toMatchObject({ created: 0, removed: 0, total: before.rows.length });
        expect((await api['registers.list']({ dir: demo, register: name })).rows, name).toEqual(
          before.rows,
        );
        expect(await snapshot(demo, isBackup), name).toEqual(files);
      }
    });
  }

  it('writes an XLSX with a bold header, widths and drop-down lists for enumerations', async () => {
    const exported = await api['registers.export']({
      dir: demo,
      register: 'risks',
      format: 'xlsx',
    });
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(base64ToBytes(exported.data) as unknown as ArrayBuffer);
    const sheet = workbook.worksheets[0]!;
    expect(sheet.name).toBe('Risk register');
    expect(sheet.getRow(1).getCell(2).value).toBe('Risk');
    expect(sheet.getRow(1).font?.bold).toBe(true);
    expect(sheet.getColumn(2).width).toBe(44);
    const treatmentColumn = (sheet.getRow(1).values as unknown[]).indexOf('Treatment');
    expect(sheet.getRow(2).getCell(treatmentColumn).dataValidation).toMatchObject({
      type: 'list',
      formulae: ['"modify,retain,avoid,share"'],
    });
    expect(sheet.getRow(2).getCell(1).value).toBe('R-001');
  });

  it('adds rows without ids as new entries and accepts labels for enumerations', async () => {
    const result = await api['registers.import']({
      dir: demo,
      register: 'suppliers',
      format: 'csv',
      data: csv(
        'Supplier,Criticality,Owner\r\nAcme Hosting,High,daniel-reyes\r\n,,\r\nPayCo,low,\r\n',
      ),
    });
    expect(result.created).toBe(2);
    const { rows } = await api['registers.list']({ dir: demo, register: 'suppliers' });
    expect(rows.slice(-2).map((r) => [r['name'], r['criticality'], r['owner']])).toEqual([
      ['Acme Hosting', 'high', 'daniel-reyes'],
      ['PayCo', 'low', null],
    ]);
  });

  it('imports back an export whose entries already held a dangling reference', async () => {
    await api['registers.save']({
      dir: demo,
      register: 'risks',
      entry: { id: 'R-001', assets: ['A-001'] },
    });
    const deleted = await api['registers.delete']({
      dir: demo,
      register: 'assets',
      id: 'A-001',
      confirm: true,
    });
    expect(deleted.deleted).toBe(true);
    const exported = await api['registers.export']({ dir: demo, register: 'risks', format: 'csv' });
    const result = await api['registers.import']({
      dir: demo,
      register: 'risks',
      format: 'csv',
      data: exported.data,
    });
    expect(result.created).toBe(0);
  });

  it.each(REFUSED_IMPORTS)('$what', async ({ register, lines, message, problems }) => {
    const before = await snapshot(demo);
    const error = await api['registers.import']({
      dir: demo,
      register,
      format: 'csv',
      data: csv(lines.join('\r\n')),
    }).then(
      () => null,
      (e: unknown) => e as ImportError,
    );
    if (!error) throw new Error('expected the import to fail');
    if (message) expect(error.message).toMatch(message);
    expect(error.details.problems).toEqual(problems);
    expect(await snapshot(demo)).toEqual(before);
  });

  it('refuses a file that is not a spreadsheet, naming the problem', async () => {
    await expect(
      api['registers.import']({
        dir: demo,
        register: 'assets',
        format: 'xlsx',
        data: csv('not a zip'),
      }),
    ).rejects.toThrow(/not a readable XLSX workbook/);
  });
});
