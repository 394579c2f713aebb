import type { SheetCodec } from '../../core/registers/sheet-codec';
import { readCsv, writeCsv } from './csv';
import { readXlsx, writeXlsx } from './xlsx';

/** CSV through papaparse, XLSX through exceljs. */
export const createSheetCodec = (): SheetCodec => ({
  write: async (format, sheet) => (format === 'csv' ? writeCsv(sheet) : writeXlsx(sheet)),
  read: async (format, bytes) => (format === 'csv' ? readCsv(bytes) : readXlsx(bytes)),
});
