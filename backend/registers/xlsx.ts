import ExcelJS from 'exceljs';
import { AppError } from '../../core/errors';
import type { SheetColumn, SheetSpec } from '../../core/registers/sheet-codec';
import type { RegisterTable } from '../../core/registers/table';

type ValidationTarget = {
  dataValidations: { add: (range: string, rule: ExcelJS.DataValidation) => void };
};

/** Extra rows below the data that still carry the drop-down lists, for entries added in Excel. */
const SPARE_ROWS = 500;
// Excel refuses an inline list longer than 255 characters.
const INLINE_LIST_LIMIT = 250;

const columnLetter = (index: number): string => {
  let n = index + 1;
  let out = '';
  while (n > 0) {
    const rest = (n - 1) % 26;
    out = String.fromCharCode(65 + rest) + out;
    n = Math.floor((n - 1) / 26);
  }
  return out;
};

const validationFor = (column: SheetColumn): ExcelJS.DataValidation | null => {
  if (column.options.length === 0) return null;
  const list = column.options.join(',');
  if (column.type === 'enums' || list.length > INLINE_LIST_LIMIT) {
    return {
      type: 'custom',
      formulae: ['TRUE'],
      allowBlank: true,
      showInputMessage: true,
      promptTitle: column.label.slice(0, 32),
      prompt: `One or more of: ${list}`.slice(0, 255),
    };
  }
  return {
    type: 'list',
    formulae: [`"${list}"`],
    allowBlank: true,
    showErrorMessage: true,
    errorTitle: column.label.slice(0, 32),
    error: `Choose one of: ${list}`.slice(0, 255),
  };
};

const cellValue = (column: SheetColumn, text: string): string | number =>
  column.type === 'integer' && /^-?\d+$/.test(text) ? Number(text) : text;

/** One worksheet: bold frozen header, filters, column widths and drop-down lists for enumerations. */
export const writeXlsx = async (sheet: SheetSpec): Promise<Uint8Array> => {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'ISMS Workbench';
  const name = sheet.title.replace(/[\\/?*[\]:]/g, ' ').slice(0, 31);
  const worksheet = workbook.addWorksheet(name, { views: [{ state: 'frozen', ySplit: 1 }] });
  worksheet.columns = sheet.columns.map((c) => ({
    header: c.label,
    width: Math.max(c.width, c.label.length + 2),
  }));
  worksheet.getRow(1).font = { bold: true };
  for (const row of sheet.rows) {
    worksheet.addRow(row.map((text, i) => cellValue(sheet.columns[i]!, text)));
  }
  const lastRow = sheet.rows.length + 1 + SPARE_ROWS;
  worksheet.autoFilter = {
    from: { row: 1, column: 1 },
    to: { row: 1, column: sheet.columns.length },
  };
  sheet.columns.forEach((column, i) => {
    const rule = validationFor(column);
    const letter = columnLetter(i);
    if (rule)
      (worksheet as unknown as ValidationTarget).dataValidations.add(
        `${letter}2:${letter}${lastRow}`,
        rule,
      );
    if (column.type !== 'integer') worksheet.getColumn(i + 1).numFmt = '@';
    if (column.type === 'longtext' || column.type === 'texts' || column.type === 'json') {
      worksheet.getColumn(i + 1).alignment = { wrapText: true, vertical: 'top' };
    }
  });
  return new Uint8Array(await workbook.xlsx.writeBuffer());
};

const pad = (n: number) => String(n).padStart(2, '0');

/** The text of a cell as a person sees it; dates as YYYY-MM-DD. */
const cellText = (value: ExcelJS.CellValue): string => {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) {
    return `${value.getUTCFullYear()}-${pad(value.getUTCMonth() + 1)}-${pad(value.getUTCDate())}`;
  }
  if (typeof value === 'object') {
    if ('richText' in value) return value.richText.map((r) => r.text).join('');
    if ('result' in value) return cellText(value.result);
    if ('text' in value) return String(value.text);
    if ('error' in value) return '';
    return '';
  }
  return String(value);
};

/** Reads the first worksheet: row 1 is the header, every later row one entry. */
export const readXlsx = async (bytes: Uint8Array): Promise<RegisterTable> => {
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new AppError('invalid-input', `not a readable XLSX workbook: ${reason}`, {
      field: 'data',
    });
  }
  const worksheet = workbook.worksheets[0];
  if (!worksheet) throw new AppError('invalid-input', 'the workbook has no worksheet', { row: 1 });
  const width = worksheet.columnCount;
  const rows: string[][] = [];
  for (let r = 1; r <= worksheet.rowCount; r += 1) {
    const row = worksheet.getRow(r);
    rows.push(Array.from({ length: width }, (_, c) => cellText(row.getCell(c + 1).value)));
  }
  const [header = [], ...data] = rows;
  if (header.every((cell) => cell.trim() === '')) {
    throw new AppError('invalid-input', 'the worksheet has no header row', { row: 1 });
  }
  return { header, rows: data };
};
