import type { DocxInput } from '../docx/types';

/**
 * Writes the PDF of one document. The layout is pure (core/pdf) but embedding fonts and writing
 * the file needs Node, so the backend provides this port.
 */
export type PdfRenderer = (input: DocxInput) => Promise<Uint8Array>;

/** Where the pages of a document break (the PDF layout), for the Word file's cached page numbers. */
export type PagePlanner = (input: DocxInput) => PlannedPages | Promise<PlannedPages>;

export type PlannedPages = { headings: number[]; total: number };
