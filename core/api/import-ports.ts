import type { z } from 'zod';
import type { importReportSchema } from './contract-branding';

export type ImportReport = z.infer<typeof importReportSchema>;

/** A Word document turned into the Markdown of a draft, with what could not be kept. */
export type ImportedDocx = {
  readonly markdown: string;
  /** The first heading or the document title property; null when the file has neither. */
  readonly title: string | null;
  readonly report: ImportReport;
};

/**
 * Reads a .docx into Markdown. The conversion needs an HTML parser and a zip reader with Node's
 * buffers (mammoth, turndown), so the backend provides it, like the PDF renderer.
 */
export type DocxImporter = (data: Uint8Array, fileName: string) => Promise<ImportedDocx>;
