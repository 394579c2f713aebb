import { FAMILY_WIDTHS, METRIC_CHARS } from './font-metrics';
import type { PdfFamily } from './pdf-fonts';

/**
 * Table geometry both exports share, in points: how wide each column must be so that no
 * identifier, date, score or level breaks mid-word, and which tables need a landscape page.
 * Text is measured with the widths of the body font the PDF embeds (Carlito for Calibri, Arimo
 * for Arial...: the same widths as the Word font where they are metric-compatible), without any
 * font file.
 */

const INDEX = new Map([...METRIC_CHARS].map((c, i) => [c, i]));
/** Characters outside the table (rare symbols, other scripts) count as a wide letter. */
const FALLBACK = 600;

/** Width in points of `text` at `size` points in the body font. */
export const textWidth = (
  text: string,
  size: number,
  bold = false,
  family: PdfFamily = 'Carlito',
): number => {
  const widths = FAMILY_WIDTHS[family];
  const table = bold ? widths.bold : widths.regular;
  let units = 0;
  for (const ch of text) {
    const i = INDEX.get(ch);
    units += i === undefined ? FALLBACK : (table[i] ?? FALLBACK);
  }
  return (units / 1000) * size;
};

/** Table text size and a cell's left plus right padding, in points (as both exports set them). */
export const TABLE_TEXT_SIZE = 9.5;
export const CELL_PADDING = 11.3;
/**
 * Room added to a column's longest word and longest line: a reader without Calibri sees a
 * fallback font that is a little wider, and a word that only just fits would break there
 * ("Mediu m").
 */
const WORD_SLACK = 1.15;
/**
 * When deciding orientation, a long cell counts as this wide (points) at most: a paragraph in a
 * cell wraps on any page, so it should not by itself turn a table sideways.
 */
const LONGEST_LINE = 260;

export type ColumnNeeds = { readonly min: number; readonly natural: number };

/** A column's least width (its longest word) and the width it would like (its longest cell). */
export const columnNeeds = (
  texts: readonly string[],
  boldFirst = true,
  longest = Number.POSITIVE_INFINITY,
  family: PdfFamily = 'Carlito',
): ColumnNeeds => {
  let min = 0;
  let natural = 0;
  texts.forEach((text, row) => {
    const bold = boldFirst && row === 0;
    for (const word of text.split(/\s+/)) {
      if (word) min = Math.max(min, textWidth(word, TABLE_TEXT_SIZE, bold, family) * WORD_SLACK);
    }
    natural = Math.max(natural, Math.min(textWidth(text, TABLE_TEXT_SIZE, bold, family), longest));
  });
  const least = min + CELL_PADDING;
  return { min: least, natural: Math.max(least, natural * WORD_SLACK + CELL_PADDING) };
};

/**
 * Widths the way a browser lays out an automatic table: no column narrower than its longest
 * word, the rest of the line shared in proportion to how much more each column wants. When even
 * the longest words do not fit, the columns shrink in proportion to them.
 */
export const fitWidths = (needs: readonly ColumnNeeds[], width: number): number[] => {
  const natural = needs.reduce((sum, n) => sum + n.natural, 0);
  if (natural <= width) return needs.map((n) => (n.natural / natural) * width);
  const min = needs.reduce((sum, n) => sum + n.min, 0);
  if (min >= width) return needs.map((n) => (n.min / min) * width);
  // Short columns (IDs, dates, scores with their level, names) get their whole line first, so
  // "12 (Medium)" stays on one line; the prose columns share what is left.
  const short = needs.map((n) => n.natural <= SHORT_COLUMN);
  const fixed = needs.reduce((sum, n, i) => sum + (short[i] ? n.natural : n.min), 0);
  const flexible = needs.filter((_, i) => !short[i]);
  const flexNatural = flexible.reduce((sum, n) => sum + n.natural - n.min, 0);
  if (fixed <= width && flexNatural > 0) {
    const share = Math.min(1, (width - fixed) / flexNatural);
    return needs.map((n, i) => (short[i] ? n.natural : n.min + (n.natural - n.min) * share));
  }
  const share = (width - min) / (natural - min);
  return needs.map((n) => n.min + (n.natural - n.min) * share);
};

/** A column whose longest cell is this wide or less (in points) is kept on one line if it can. */
const SHORT_COLUMN = 90;

/** A4 text width in points: portrait and landscape, with 2.5 cm margins. */
export const PORTRAIT_TEXT_WIDTH = 595.28 - 2 * 70.9;
export const LANDSCAPE_TEXT_WIDTH = 841.89 - 2 * 70.9;

/** Tables with this many columns or more are candidates for a landscape page. */
export const WIDE_COLUMNS = 6;

/**
 * Whether a table reads better on a landscape page: it has many columns and, on a portrait page,
 * either its words would not fit or its rows would wrap into tall, narrow cells.
 */
export const isWideTable = (
  columns: readonly (readonly string[])[],
  family: PdfFamily = 'Carlito',
): boolean => {
  if (columns.length < 4) return false;
  const needs = columns.map((texts) => columnNeeds(texts, true, LONGEST_LINE, family));
  const min = needs.reduce((sum, n) => sum + n.min, 0);
  if (min > PORTRAIT_TEXT_WIDTH) return true;
  const natural = needs.reduce((sum, n) => sum + n.natural, 0);
  return columns.length >= WIDE_COLUMNS && natural > PORTRAIT_TEXT_WIDTH * 1.3;
};
