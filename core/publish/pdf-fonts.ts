/**
 * Which open font the PDF embeds for a font named in the branding. Word uses the font named (it
 * is on the reader's machine, or Word substitutes one); the PDF must carry its own, so each
 * choice maps to a font shipped with the app. Where a metric-compatible open font exists (same
 * advance widths, so lines, tables and pages break alike in both exports) it is used.
 */
export const PDF_FAMILIES = [
  'Carlito',
  'Caladea',
  'Arimo',
  'Tinos',
  'Gelasio',
  'EB Garamond',
] as const;

export type PdfFamily = (typeof PDF_FAMILIES)[number];

export type PdfFontChoice = {
  /** The open font embedded in the PDF. */
  readonly family: PdfFamily;
  /** True when it has the chosen font's metrics, so text breaks as in Word. */
  readonly metricCompatible: boolean;
};

type Entry = readonly [PdfFamily, boolean];

/** Word font names (lower case) to the embedded font; the open fonts map to themselves. */
const MAP: Readonly<Record<string, Entry>> = {
  calibri: ['Carlito', true],
  carlito: ['Carlito', true],
  cambria: ['Caladea', true],
  caladea: ['Caladea', true],
  arial: ['Arimo', true],
  helvetica: ['Arimo', true],
  'liberation sans': ['Arimo', true],
  arimo: ['Arimo', true],
  'times new roman': ['Tinos', true],
  times: ['Tinos', true],
  'liberation serif': ['Tinos', true],
  tinos: ['Tinos', true],
  georgia: ['Gelasio', true],
  gelasio: ['Gelasio', true],
  garamond: ['EB Garamond', false],
  'eb garamond': ['EB Garamond', true],
};

/** Serif names not in the table still get a serif in the PDF rather than Carlito. */
const SERIF = /serif|roman|book|antiqua|palatino|baskerville|cambria|georgia|times|garamond/i;

/** The embedded font for a branding font name; unknown names fall back by kind (serif or sans). */
export const pdfFontFor = (wordFont: string): PdfFontChoice => {
  const name = wordFont.trim().replace(/\s+/g, ' ').toLowerCase();
  const entry = MAP[name];
  if (entry) return { family: entry[0], metricCompatible: entry[1] };
  if (SERIF.test(name) && !/sans/.test(name)) return { family: 'Tinos', metricCompatible: false };
  return { family: 'Carlito', metricCompatible: false };
};

/**
 * What the Branding screen says about a font choice when the PDF does not embed that very
 * font; null when it does (Carlito, Arimo... chosen by name).
 */
export const pdfFontNote = (wordFont: string): string | null => {
  const { family, metricCompatible } = pdfFontFor(wordFont);
  if (family.toLowerCase() === wordFont.trim().toLowerCase()) return null;
  return metricCompatible
    ? `The PDF embeds ${family}, an open font with ${wordFont.trim()}'s widths, so lines break as in Word.`
    : `The PDF embeds ${family}, the closest open font shipped; ${wordFont.trim()} is not, so PDF lines may break differently from Word.`;
};
