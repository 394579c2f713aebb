/** Fonts, colours and page geometry shared by the styles and the parts that lay out the page. */

export const FONT_BODY = 'Calibri';
export const FONT_HEADING = 'Calibri';
export const FONT_MONO = 'Consolas';

/** Sizes are in half-points, as Word stores them. */
export const SIZE = {
  body: 21,
  small: 17,
  table: 19,
  code: 18,
  title: 56,
  h1: 32,
  h2: 26,
  h3: 23,
  h4: 21,
} as const;

export const COLOUR = {
  text: '262626',
  accent: '1F3864',
  accentMid: '2F5496',
  accentSoft: '8EA9C8',
  muted: '595959',
  rule: 'BFC9D6',
  headerFill: 'E7ECF3',
  labelFill: 'F3F5F8',
  codeFill: 'F3F4F6',
  codeBorder: 'DDE1E6',
  draft: 'B42318',
} as const;

/** A4 with 2.5 cm margins; all lengths in twips (1/20 pt). */
export const PAGE = {
  width: 11906,
  height: 16838,
  margin: 1418,
  header: 709,
  footer: 709,
} as const;

export const CONTENT_WIDTH = PAGE.width - 2 * PAGE.margin;
export const CONTENT_HEIGHT = PAGE.height - 2 * PAGE.margin;
/** The text width of a landscape page (wide tables). */
export const LANDSCAPE_CONTENT_WIDTH = PAGE.height - 2 * PAGE.margin;

/** The text shown on the cover and in the header of a document that still has unfilled fields. */
export const DRAFT_NOTICE = 'DRAFT \u2013 contains unfilled fields';
