import { z } from 'zod';
import { DOCUMENT_KINDS, DOCUMENT_STATUSES } from '../model/workspace';

const dir = z.string().min(1, 'a workspace folder is required');

export const documentIndexEntrySchema = z.object({
  id: z.string(),
  templateId: z.string(),
  title: z.string(),
  kind: z.enum(DOCUMENT_KINDS),
  status: z.enum(DOCUMENT_STATUSES),
  version: z.string(),
  ownerName: z.string().nullable(),
  updatedAt: z.string(),
});

export const documentIndexContract = {
  /**
   * The workspace's documents as recorded, without rendering anything: what the documents list
   * shows first, while `documents.list` works out each one's unfilled fields and control state.
   */
  'documents.index': {
    input: z.object({ dir }),
    output: z.array(documentIndexEntrySchema),
  },
};

export type DocumentIndexEntry = z.output<typeof documentIndexEntrySchema>;
