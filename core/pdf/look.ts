import { COLOUR } from '../docx/look';
import type { Hex } from './types';

/** Page geometry and type sizes in points, matching the Word export (A4, 2.5 cm margins). */
export const PAGE = {
  width: 595.28,
  height: 841.89,
  margin: 70.9,
  header: 35.45,
  footer: 35.45,
} as const;

export const CONTENT_WIDTH = PAGE.width - 2 * PAGE.margin;
export const CONTENT_TOP = PAGE.margin;
export const CONTENT_BOTTOM = PAGE.height - PAGE.margin;

export const SIZE = {
  body: 10.5,
  small: 8.5,
  table: 9.5,
  code: 9,
  title: 28,
  heading: [16, 13, 11.5, 10.5],
  front: 13,
} as const;

/** Line height as a multiple of the type size (the Carlito/Calibri ascent, descent and gap). */
export const LINE = 1.22;

export type Palette = {
  readonly text: Hex;
  readonly accent: Hex;
  readonly accentMid: Hex;
  readonly accentSoft: Hex;
  readonly muted: Hex;
  readonly rule: Hex;
  readonly headerFill: Hex;
  readonly labelFill: Hex;
  readonly codeFill: Hex;
  readonly draft: Hex;
  readonly highlight: Hex;
};

/** Word's colours, so that both formats look alike, and the PDF's highlight for unfilled fields. */
export const DEFAULT_PALETTE: Palette = { ...COLOUR, highlight: 'FFF200' };
