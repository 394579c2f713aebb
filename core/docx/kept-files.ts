import type { DocxInput } from './types';
import { recentlyUsed } from '../recently-used';

/**
 * The last few Word files built, by their whole input: the same document exported again
 * unchanged is not written, spliced or zipped again. The key is every field of the input (the
 * body, the texts of the cover and document control, the revisions, the branding, the reference
 * styles, the planned pages, the times) as JSON, and the logo's bytes, compared byte for byte;
 * the same input always gives the same bytes (see determinism.ts). Each answer is a copy: a
 * caller may hand its buffer to another thread.
 */
const LIMIT = 4;
type Kept = { readonly logo: Uint8Array | null; readonly bytes: Uint8Array };
const kept = recentlyUsed<string, Kept>(LIMIT);

const sameBytes = (a: Uint8Array | null, b: Uint8Array | null): boolean => {
  if (a === null || b === null) return a === b;
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i += 1) if (a[i] !== b[i]) return false;
  return true;
};

const keyOf = (input: DocxInput): string => {
  const { markdown, logo, ...rest } = input;
  const image = logo && { type: logo.type, widthPx: logo.widthPx, heightPx: logo.heightPx };
  return `${JSON.stringify([rest, image])}\u0000${markdown}`;
};

/** `build(input)` unless the same input was built lately; the bytes are always a fresh copy. */
export const keptWordFile = async (
  input: DocxInput,
  build: (input: DocxInput) => Promise<Uint8Array>,
): Promise<Uint8Array> => {
  const key = keyOf(input);
  const logo = input.logo?.data ?? null;
  const hit = kept.get(key);
  if (hit && sameBytes(hit.logo, logo)) return hit.bytes.slice();
  const bytes = await build(input);
  kept.set(key, { logo: logo && logo.slice(), bytes: bytes.slice() });
  return bytes;
};
