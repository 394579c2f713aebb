import Papa from 'papaparse';
import { AppError } from '../../core/errors';
import type { RegisterTable } from '../../core/registers/table';
import type { SheetSpec } from '../../core/registers/sheet-codec';

const BOM = '\uFEFF';

/** RFC 4180 CSV with a byte-order mark, so spreadsheet programs read it as UTF-8. */
export const writeCsv = (sheet: SheetSpec): Uint8Array => {
  const text = Papa.unparse(
    { fields: sheet.columns.map((c) => c.label), data: sheet.rows.map((r) => [...r]) },
    { newline: '\r\n', quotes: false },
  );
  return new TextEncoder().encode(`${BOM}${text}\r\n`);
};

export const readCsv = (bytes: Uint8Array): RegisterTable => {
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new AppError('invalid-input', 'the CSV file is not UTF-8 text; save it as "CSV UTF-8"', {
      field: 'data',
    });
  }
  if (text.startsWith(BOM)) text = text.slice(1);
  const parsed = Papa.parse<string[]>(text, { skipEmptyLines: false });
  const fatal = parsed.errors.find((e) => e.type === 'Quotes' || e.type === 'Delimiter');
  if (fatal) {
    const row = (fatal.row ?? 0) + 1;
    throw new AppError('invalid-input', `CSV row ${row}: ${fatal.message}`, { row });
  }
  const [header = [], ...rows] = parsed.data;
  if (header.every((cell) => cell.trim() === '')) {
    throw new AppError('invalid-input', 'the CSV file has no header row', { row: 1 });
  }
  return { header, rows };
};
