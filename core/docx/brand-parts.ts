import { brandStyles, swapColours } from './brand-styles';
import { mergeReferenceStyles } from './reference-doc';
import type { DocxInput } from './types';

type Parts = Map<string, string | Uint8Array>;

const rewrite = (parts: Parts, path: string, change: (xml: string) => string) => {
  const data = parts.get(path);
  if (typeof data === 'string') parts.set(path, change(data));
};

/**
 * The organisation's look applied to a compiled package: its colour and fonts in the styles and
 * list numbering, then the reference .docx's styles and theme over ours. Without branding or a
 * reference the parts are left exactly as they are.
 */
export const applyBranding = (parts: Parts, input: DocxInput): Parts => {
  const { branding, referenceStyles, referenceTheme } = input;
  if (branding) {
    rewrite(parts, 'word/styles.xml', (xml) => brandStyles(xml, branding));
    rewrite(parts, 'word/numbering.xml', (xml) => swapColours(xml, branding.colour));
  }
  if (referenceStyles) {
    rewrite(parts, 'word/styles.xml', (xml) => mergeReferenceStyles(xml, referenceStyles));
  }
  if (referenceTheme && parts.has('word/theme/theme1.xml')) {
    parts.set('word/theme/theme1.xml', referenceTheme);
  }
  return parts;
};
