import type { DocxImage } from '../docx/types';

/** A face of one family. */
export type FaceKey = 'regular' | 'bold' | 'italic' | 'boldItalic';

/**
 * The faces the layout asks for; the PDF writer maps them to embedded font files. Titles and
 * headings use the branding's heading font (Word's theme "major" font), the rest its body font.
 */
export type FontKey =
  FaceKey | 'headingRegular' | 'headingBold' | 'headingItalic' | 'headingBoldItalic' | 'mono';

/** Width in points of `text` set in `font` at `size` points (the writer's real font metrics). */
export type Measure = (text: string, font: FontKey, size: number) => number;

/** Colours are six hex digits, as in the Word styles. */
export type Hex = string;

export type TextOp = {
  readonly kind: 'text';
  readonly x: number;
  /** Top of the line box, in points from the top of the page. */
  readonly y: number;
  readonly text: string;
  readonly font: FontKey;
  readonly size: number;
  readonly colour: Hex;
  readonly width: number;
  readonly link?: string;
  readonly underline?: boolean;
  readonly strike?: boolean;
};

export type DrawOp =
  | TextOp
  | {
      readonly kind: 'rect';
      readonly x: number;
      readonly y: number;
      readonly w: number;
      readonly h: number;
      readonly fill: Hex;
    }
  | {
      readonly kind: 'line';
      readonly x1: number;
      readonly y1: number;
      readonly x2: number;
      readonly y2: number;
      readonly colour: Hex;
      readonly width: number;
    }
  | {
      readonly kind: 'image';
      readonly x: number;
      readonly y: number;
      readonly w: number;
      readonly h: number;
      readonly image: DocxImage;
    }
  /** A named destination at this point (the target of a contents entry). */
  | { readonly kind: 'anchor'; readonly name: string; readonly y: number }
  /** A clickable area that jumps to a named destination. */
  | {
      readonly kind: 'goto';
      readonly x: number;
      readonly y: number;
      readonly w: number;
      readonly h: number;
      readonly name: string;
    };

/** A page; a landscape one is as wide as a portrait page is high. */
export type PdfPage = { readonly ops: DrawOp[]; readonly landscape?: boolean };

/** A heading as the bookmarks and the contents list it. */
export type OutlineEntry = {
  readonly title: string;
  readonly level: number;
  readonly anchor: string;
  /** Zero-based page index. */
  readonly page: number;
  readonly y: number;
};

export type PdfLayout = {
  readonly width: number;
  readonly height: number;
  readonly pages: readonly PdfPage[];
  readonly outline: readonly OutlineEntry[];
};
