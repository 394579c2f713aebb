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

export const DEFAULT_PALETTE: Palette = {
  text: '262626',
  accent: '1F3864',
  accentMid: '2F5496',
  accentSoft: '8EA9C8',
  muted: '595959',
  rule: 'BFC9D6',
  headerFill: 'E7ECF3',
  labelFill: 'F3F5F8',
  codeFill: 'F3F4F6',
  draft: 'B42318',
  highlight: 'FFF200',
};
