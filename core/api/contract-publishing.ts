import { z } from 'zod';

const dir = z.string().min(1, 'a workspace folder is required');
const documentId = z.string().min(1);

export const exportWarningSchema = z.object({ field: z.string(), message: z.string() });

const exportedFile = z.object({
  fileName: z.string(),
  /** The file in base64. */
  data: z.string(),
  incomplete: z.boolean(),
  warnings: z.array(exportWarningSchema).default(() => []),
});

/** Methods for PDF export, branding and importing Word documents. */
export const publishingContract = {
  /** Exports one document as PDF (same design as the Word file, real page numbers in the contents). */
  'documents.exportPdf': { input: z.object({ dir, id: documentId }), output: exportedFile },
} as const;
