import { createHash } from 'node:crypto';
import type { PagePlanner, PdfRenderer } from '../core/api/publish-ports';
import type { PackTools } from '../core/pack/types';
import type { SheetCodec } from '../core/registers/sheet-codec';

// The PDF engine (pdfkit and fontkit) and the spreadsheet library (exceljs) take several hundred
// milliseconds to load. They are loaded on first use, so a command that never writes a PDF or a
// workbook (`isms check`, `isms render`, the documents list) starts without them.

export const renderPdfLazily: PdfRenderer = async (input) =>
  (await import('./pdf/render-pdf')).renderPdf(input);

export const planPagesLazily: PagePlanner = async (input) =>
  (await import('./pdf/plan-pages')).planPages(input);

const sheetCodec = async () => (await import('./registers/sheet-codec')).createSheetCodec();

export const lazySheetCodec: SheetCodec = {
  write: async (format, sheet) => (await sheetCodec()).write(format, sheet),
  read: async (format, bytes) => (await sheetCodec()).read(format, bytes),
};

export const lazyPackTools: PackTools = {
  xlsx: async (sheets) => (await import('./pack/pack-tools')).createPackTools().xlsx(sheets),
  sha256: (bytes) => Promise.resolve(createHash('sha256').update(bytes).digest('hex')),
};
