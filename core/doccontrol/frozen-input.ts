import { z } from 'zod';
import { logoImageFields } from '../model/logo-image';
import { base64ToBytes, bytesToBase64 } from '../api/base64';
import type { DocxInput } from '../docx/types';

// Everything the Word and PDF writers read for an approved version, as JSON: the cover fields,
// the names, the branding, the logo. Kept whole (not field by field), so a field the writers
// gain later is frozen too. Dates and bytes, which JSON cannot hold, are tagged.

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const encode = (value: unknown): unknown => {
  if (value instanceof Date) return { $date: value.toISOString() };
  if (value instanceof Uint8Array) return { $bytes: bytesToBase64(value) };
  if (Array.isArray(value)) return value.map(encode);
  if (!isRecord(value)) return value;
  return Object.fromEntries(
    Object.keys(value)
      .sort()
      .filter((k) => value[k] !== undefined)
      .map((k) => [k, encode(value[k])]),
  );
};

const decode = (value: unknown): unknown => {
  if (Array.isArray(value)) return value.map(decode);
  if (!isRecord(value)) return value;
  if (typeof value.$date === 'string' && Object.keys(value).length === 1) {
    return new Date(value.$date);
  }
  if (typeof value.$bytes === 'string' && Object.keys(value).length === 1) {
    return base64ToBytes(value.$bytes);
  }
  return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, decode(v)]));
};

/** The input minus its Markdown (kept once, beside it in the snapshot) and the page plan. */
export const freezeDocxInput = (input: DocxInput): FrozenDocxInput => {
  return encode({ ...input, markdown: undefined, pages: undefined }) as FrozenDocxInput;
};

const dateTag = z.object({ $date: z.string() });

/** What must be there for the writers to work; anything else is passed through as frozen. */
export const frozenDocxInputSchema = z.looseObject({
  documentId: z.string(),
  title: z.string(),
  version: z.string(),
  status: z.string(),
  classification: z.string(),
  organisationName: z.string(),
  ownerName: z.string(),
  approverName: z.string(),
  approvedAt: z.string().nullable(),
  nextReviewDate: z.string().nullable(),
  revisions: z.array(
    z.object({
      version: z.string(),
      date: z.string(),
      author: z.string(),
      description: z.string(),
    }),
  ),
  subject: z.string(),
  keywords: z.array(z.string()),
  logo: z.object({ ...logoImageFields, data: z.object({ $bytes: z.string() }) }).nullable(),
  incomplete: z.boolean(),
  timestamp: dateTag,
  created: dateTag.optional(),
});

export type FrozenDocxInput = z.infer<typeof frozenDocxInputSchema>;

export const thawDocxInput = (frozen: FrozenDocxInput, markdown: string): DocxInput => ({
  ...(decode(frozen) as Omit<DocxInput, 'markdown'>),
  markdown,
});
