import { z } from 'zod';

/** Word export of many documents in one call: the CLI's `export --all` and the Stage 1 pack. */
export const exportContract = {
  /**
   * Exports the documents named (all when `ids` is absent) as Word files, in parallel where the
   * backend has workers; `data` is each .docx in base64. Unknown IDs fail the call before any
   * document is exported.
   */
  'documents.exportMany': {
    input: z.object({
      dir: z.string().min(1, 'a workspace folder is required'),
      ids: z.array(z.string().min(1)).optional(),
    }),
    output: z.array(
      z.object({
        id: z.string(),
        fileName: z.string(),
        data: z.string(),
        incomplete: z.boolean(),
        warnings: z.array(z.object({ field: z.string(), message: z.string() })).default(() => []),
      }),
    ),
  },
} as const;
