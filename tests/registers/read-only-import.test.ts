import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import Papa from 'papaparse';
import { beforeEach, describe, expect, it } from 'vitest';
import { base64ToBytes, bytesToBase64 } from '../../core/api/base64';
import type { Api } from '../../core/api/contract';
import { snapshot } from '../support/folder-snapshot';
import { cli, useFreshWorkspaces } from '../support/workspace-setup';

type Refusal = { details: { problems: { row: number; column: string; message: string }[] } };

const text = (data: string) => new TextDecoder().decode(base64ToBytes(data));
const base64 = (csv: string) => bytesToBase64(new TextEncoder().encode(csv));

/** A CSV with one cell of the first data row replaced, quoting kept right by papaparse. */
const withCell = (csv: string, column: string, value: string) => {
  const rows = Papa.parse<string[]>(csv.replace(/^\uFEFF/, ''), { skipEmptyLines: true }).data;
  const at = rows[0]!.indexOf(column);
  expect(at).toBeGreaterThanOrEqual(0);
  rows[1]![at] = value;
  return Papa.unparse(rows);
};

describe('read-only columns on import', () => {
  // A recorded review: its figures are frozen and only the review's own actions write them.
  const setup = useFreshWorkspaces('isms-read-only-import-', {
    prepare: async (api, dir) => {
      await api['registers.save']({
        dir,
        register: 'nonconformities',
        entry: { raisedOn: '2026-02-01', description: 'Backups not tested' },
      });
      await api['reviews.create']({ dir, date: '2026-03-01' });
    },
  });
  let api: Api;
  let dir: string;
  beforeEach(() => ({ api, dir } = setup));

  const exported = async (format: 'csv' | 'xlsx') =>
    (await api['registers.export']({ dir, register: 'management-reviews', format })).data;
  const importing = (format: 'csv' | 'xlsx', data: string) =>
    api['registers.import']({ dir, register: 'management-reviews', format, data });

  it('takes back an export unchanged, figures included, in CSV and XLSX', async () => {
    for (const format of ['csv', 'xlsx'] as const) {
      const before = await snapshot(join(dir, 'registers'));
      await expect(importing(format, await exported(format))).resolves.toMatchObject({
        created: 0,
        updated: 1,
      });
      expect(await snapshot(join(dir, 'registers'))).toEqual(before);
    }
  });

  it('refuses a CSV that changes the frozen figures, naming row and column, and changes nothing', async () => {
    const csv = text(await exported('csv'));
    const figures = Papa.parse<string[]>(csv.replace(/^\uFEFF/, '')).data;
    const cell = figures[1]![figures[0]!.indexOf('Figures')]!;
    expect(cell).toContain('Nonconformities open');
    const forged = cell.replace(/"label":"Nonconformities open","value":1/, (m) =>
      m.replace(/1$/, '0'),
    );
    expect(forged).not.toBe(cell);
    const before = await snapshot(dir);
    const refused = importing('csv', base64(withCell(csv, 'Figures', forged)));
    await expect(refused).rejects.toMatchObject({ code: 'invalid-input' });
    const { details } = (await refused.catch((e: unknown) => e)) as Refusal;
    expect(details.problems).toEqual([
      { row: 2, column: 'Figures', message: expect.stringMatching(/^is read-only/) as string },
    ]);
    expect(await snapshot(dir)).toEqual(before);
  });

  it('refuses an XLSX that moves the figures date, and a new row that brings figures', async () => {
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(base64ToBytes(await exported('xlsx')) as unknown as ArrayBuffer);
    const sheet = book.worksheets[0]!;
    const header = (sheet.getRow(1).values as unknown[]).map(String);
    sheet.getRow(2).getCell(header.indexOf('Figures as of')).value = '2026-01-01';
    const before = await snapshot(dir);
    const xlsx = bytesToBase64(new Uint8Array(await book.xlsx.writeBuffer()));
    const moved = (await importing('xlsx', xlsx).catch((e: unknown) => e)) as Refusal;
    expect(moved.details.problems).toEqual([
      {
        row: 2,
        column: 'Figures as of',
        message: expect.stringMatching(/^is read-only/) as string,
      },
    ]);
    const added = (await importing(
      'csv',
      base64(
        'Date,Figures\n2026-06-01,"{""d"":[{""label"":""Nonconformities open"",""value"":0}]}"\n',
      ),
    ).catch((e: unknown) => e)) as Refusal;
    expect(added.details.problems).toEqual([
      { row: 2, column: 'Figures', message: expect.stringMatching(/^is read-only/) as string },
    ]);
    expect(await snapshot(dir)).toEqual(before);
  });

  it('refuses the same on the command line, exit code 1, workspace unchanged', async () => {
    const csv = text(await exported('csv'));
    const file = join(dir, '..', `reviews-${Date.now()}.csv`);
    await writeFile(file, withCell(csv, 'Figures as of', '2025-12-31'));
    const before = await snapshot(dir);
    const result = await cli('register', 'import', dir, 'management-reviews', file);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain(`${file}: row 2, Figures as of: is read-only`);
    expect(await snapshot(dir)).toEqual(before);
  });
});
