import { z } from 'zod';
import { documentMetaSchema } from '../model/workspace';

const dir = z.string().min(1, 'a workspace folder is required');

export const bodyCopyContract = {
  /**
   * Keeps a text as a new draft beside the document it belongs to (same template, controls and
   * owner, a new ID, "(copy)" after the title): the way out of a save refused because another
   * program changed the document, so that neither text is lost.
   */
  'documents.copy': {
    input: z.object({
      dir,
      id: z.string().min(1),
      body: z.string(),
      title: z.string().trim().min(1).max(200).optional(),
    }),
    output: documentMetaSchema,
  },
};
