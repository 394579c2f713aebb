import { cachedLayout } from './flow-cache';
import { LINE, type Palette } from './look';
import type { Run } from './model';
import type { FaceKey, FontKey, Hex, Measure } from './types';

/** A stretch of one line in one format, positioned from the line's left edge. */
export type Piece = {
  readonly text: string;
  readonly font: FontKey;
  readonly size: number;
  readonly colour: Hex;
  readonly x: number;
  readonly width: number;
  readonly link?: string;
  readonly strike?: boolean;
  readonly highlight?: boolean;
};

export type Line = {
  readonly pieces: readonly Piece[];
  readonly width: number;
  readonly height: number;
};

/** The paragraph's own look; runs add bold, italic, code, links on top of it. */
export type FlowStyle = {
  readonly size: number;
  readonly colour: Hex;
  readonly bold?: boolean;
  readonly italic?: boolean;
  readonly mono?: boolean;
  /** Set in the heading font (titles and headings), as Word's theme "major" font. */
  readonly heading?: boolean;
};

/** Rounding slack: a word exactly as wide as its column still fits. */
const FIT = 0.01;

type Segment = { readonly text: string; readonly run: Run };
type Item = { readonly kind: 'word' | 'space' | 'break'; readonly segments: Segment[] };

const HEADING_FACE: Readonly<Record<FaceKey, FontKey>> = {
  regular: 'headingRegular',
  bold: 'headingBold',
  italic: 'headingItalic',
  boldItalic: 'headingBoldItalic',
};

export const fontOf = (run: Run, style: FlowStyle): FontKey => {
  if (run.code || style.mono) return 'mono';
  const bold = run.bold ?? style.bold ?? false;
  const italic = run.italic ?? style.italic ?? false;
  const face: FaceKey =
    bold && italic ? 'boldItalic' : bold ? 'bold' : italic ? 'italic' : 'regular';
  return style.heading ? HEADING_FACE[face] : face;
};

const sizeOf = (run: Run, style: FlowStyle): number =>
  run.code && !style.mono ? style.size * 0.9 : style.size;

/** Splits runs into words, spaces and breaks; a word may span runs ("**bold**,"). */
const items = (runs: readonly Run[]): Item[] => {
  const out: Item[] = [];
  for (const run of runs) {
    for (const [part] of run.text.matchAll(/\n|[^\S\n]+|[^\s]+/g)) {
      const kind = part === '\n' ? 'break' : /^\s+$/.test(part) ? 'space' : 'word';
      const last = out[out.length - 1];
      if (kind === 'word' && last?.kind === 'word') last.segments.push({ text: part, run });
      else out.push({ kind, segments: [{ text: kind === 'space' ? ' ' : part, run }] });
    }
  }
  return out;
};

type Builder = {
  readonly measure: Measure;
  readonly style: FlowStyle;
  readonly palette: Palette;
};

const piece = (b: Builder, segment: Segment, x: number): Piece => {
  const { run } = segment;
  const font = fontOf(run, b.style);
  const size = sizeOf(run, b.style);
  return {
    text: segment.text,
    font,
    size,
    colour: run.link ? b.palette.accentMid : run.muted ? b.palette.muted : b.style.colour,
    x,
    width: b.measure(segment.text, font, size),
    ...(run.link ? { link: run.link } : {}),
    ...(run.strike ? { strike: true } : {}),
    ...(run.highlight ? { highlight: true } : {}),
  };
};

const sameFormat = (a: Piece, b: Piece): boolean =>
  a.font === b.font &&
  a.size === b.size &&
  a.colour === b.colour &&
  a.link === b.link &&
  a.strike === b.strike &&
  a.highlight === b.highlight;

/**
 * Joins neighbouring pieces of the same format, so a line is drawn (and extracted) as phrases.
 * A phrase's text is gathered in a list and its width summed in the same order as before, and
 * a new piece is made once per phrase rather than once per word (a quarter of page planning's
 * garbage came from copying a growing piece for every word).
 */
const merge = (pieces: readonly Piece[]): Piece[] => {
  const out: Piece[] = [];
  let head: Piece | undefined;
  let texts: string[] = [];
  let width = 0;
  const close = () => {
    if (!head) return;
    out.push(texts.length === 1 ? head : { ...head, text: texts.join(''), width });
  };
  for (const p of pieces) {
    if (head && sameFormat(head, p) && Math.abs(head.x + width - p.x) < 0.01) {
      texts.push(p.text);
      width += p.width;
      continue;
    }
    close();
    head = p;
    texts = [p.text];
    width = p.width;
  }
  close();
  return out;
};

/** Breaks a word that is wider than the whole line at character boundaries. */
const splitWord = (b: Builder, segments: readonly Segment[], width: number): Segment[][] => {
  const chunks: Segment[][] = [[]];
  let used = 0;
  for (const segment of segments) {
    for (const ch of segment.text) {
      const w = piece(b, { text: ch, run: segment.run }, 0).width;
      if (used + w > width + FIT && used > 0) {
        chunks.push([]);
        used = 0;
      }
      chunks[chunks.length - 1]!.push({ text: ch, run: segment.run });
      used += w;
    }
  }
  return chunks;
};

/**
 * Lines of at most `width` points, filled greedily word by word (what Word does for left-aligned
 * text). A word never breaks unless it is wider than the line on its own.
 */
export const flowText = (
  runs: readonly Run[],
  style: FlowStyle,
  width: number,
  measure: Measure,
  palette: Palette,
): readonly Line[] =>
  cachedLayout(
    'flow',
    measure,
    palette,
    `f${width}\u0000${JSON.stringify(style)}${JSON.stringify(runs)}`,
    () => flowLines(runs, style, width, measure, palette),
  );

const flowLines = (
  runs: readonly Run[],
  style: FlowStyle,
  width: number,
  measure: Measure,
  palette: Palette,
): Line[] => {
  const b: Builder = { measure, style, palette };
  const lineHeight = style.size * LINE;
  const lines: Line[] = [];
  let current: Piece[] = [];
  let x = 0;
  let pendingSpace: Piece | null = null;
  const endLine = () => {
    lines.push({ pieces: merge(current), width: x, height: lineHeight });
    current = [];
    x = 0;
    pendingSpace = null;
  };
  const place = (segments: readonly Segment[]) => {
    for (const s of segments) {
      const p = piece(b, s, x);
      current.push(p);
      x += p.width;
    }
  };
  for (const item of items(runs)) {
    if (item.kind === 'break') {
      endLine();
      continue;
    }
    if (item.kind === 'space') {
      if (current.length > 0) pendingSpace = piece(b, item.segments[0]!, 0);
      continue;
    }
    const wordWidth = item.segments.reduce((sum, s) => sum + piece(b, s, 0).width, 0);
    const space: Piece | null = pendingSpace;
    const spaceWidth = space ? space.width : 0;
    if (current.length > 0 && x + spaceWidth + wordWidth > width + FIT) endLine();
    else if (space) {
      current.push({ ...space, x });
      x += spaceWidth;
    }
    pendingSpace = null;
    if (wordWidth > width + FIT) {
      const chunks = splitWord(b, item.segments, width);
      chunks.forEach((chunk, i) => {
        if (i > 0) endLine();
        place(chunk);
      });
    } else place(item.segments);
  }
  if (current.length > 0 || lines.length === 0) endLine();
  return lines;
};

/** The narrowest a column can be without breaking a word, and its width on one line. */
export const textNeeds = (
  runs: readonly Run[],
  style: FlowStyle,
  measure: Measure,
  palette: Palette,
): { readonly min: number; readonly natural: number } =>
  cachedLayout('flow', measure, palette, `n${JSON.stringify(style)}${JSON.stringify(runs)}`, () =>
    needs(runs, style, measure, palette),
  );

const needs = (
  runs: readonly Run[],
  style: FlowStyle,
  measure: Measure,
  palette: Palette,
): { min: number; natural: number } => {
  const b: Builder = { measure, style, palette };
  let min = 0;
  let natural = 0;
  let lineWidth = 0;
  for (const item of items(runs)) {
    const w = item.segments.reduce((sum, s) => sum + piece(b, s, 0).width, 0);
    if (item.kind === 'word') min = Math.max(min, w);
    lineWidth = item.kind === 'break' ? 0 : lineWidth + w;
    natural = Math.max(natural, lineWidth);
  }
  return { min, natural };
};
