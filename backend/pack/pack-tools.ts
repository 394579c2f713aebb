import { createHash } from 'node:crypto';
import ExcelJS from 'exceljs';
import { unzipSync, zipSync, type Zippable } from 'fflate';
import type { Cell, PackTools, SheetSpec } from '../../core/pack/types';

// exceljs stamps the time into docProps and the zip entries; both are fixed here so the same
// sheets always give the same bytes, which the pack's manifest and its tests rely on.
const FIXED = new Date('2000-01-01T00:00:00.000Z');
const ZIP_TIME = new Date(1980, 0, 1, 12, 0, 0);

const width = (values: readonly (Cell | undefined)[]) =>
  Math.min(60, Math.max(8, ...values.map((v) => String(v ?? '').length + 2)));

const addSheet = (workbook: ExcelJS.Workbook, sheet: SheetSpec) => {
  const ws = workbook.addWorksheet(sheet.name, { views: [{ state: 'frozen', ySplit: 1 }] });
  ws.columns = sheet.columns.map((header, i) => ({
    header,
    key: `c${i}`,
    width: width([header, ...sheet.rows.map((r) => r[i])]),
  }));
  for (const row of sheet.rows) ws.addRow([...row]);
  ws.getRow(1).font = { bold: true };
  if (sheet.columns.length > 0) {
    ws.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: sheet.columns.length } };
  }
};

const writeXlsx = async (sheets: readonly SheetSpec[]): Promise<Uint8Array> => {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'ISMS Workbench';
  workbook.created = FIXED;
  workbook.modified = FIXED;
  for (const sheet of sheets) addSheet(workbook, sheet);
  const raw = new Uint8Array(await workbook.xlsx.writeBuffer());
  const parts = unzipSync(raw);
  const files: Zippable = {};
  for (const path of Object.keys(parts).sort()) files[path] = parts[path] as Uint8Array;
  return zipSync(files, { level: 6, mtime: ZIP_TIME });
};

export const createPackTools = (): PackTools => ({
  xlsx: writeXlsx,
  sha256: (bytes) => Promise.resolve(createHash('sha256').update(bytes).digest('hex')),
});
