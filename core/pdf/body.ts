import { LINE, SIZE, type Palette } from './look';
import type { Block, ListItem, Run } from './model';
import type { Slice } from './paginate';
import { layoutTable } from './tables';
import { flowText, type FlowStyle, type Line } from './text-flow';
import type { DrawOp, Measure } from './types';

/** What the blocks of one flow share: metrics, colours, the indent and how headings are named. */
export type BodyContext = {
  readonly measure: Measure;
  readonly palette: Palette;
  readonly width: number;
  readonly indent: number;
  readonly quote: boolean;
  readonly listLevel: number;
  readonly anchors: { next: number };
};

export const lineOps = (line: Line, x: number, y: number, palette: Palette): DrawOp[] =>
  line.pieces.flatMap((p): DrawOp[] => [
    ...(p.highlight
      ? [
          {
            kind: 'rect' as const,
            x: x + p.x,
            y,
            w: p.width,
            h: line.height,
            fill: palette.highlight,
          },
        ]
      : []),
    {
      kind: 'text',
      x: x + p.x,
      y: y + (line.height - p.size * LINE) / 2,
      text: p.text,
      font: p.font,
      size: p.size,
      colour: p.colour,
      width: p.width,
      ...(p.link ? { link: p.link, underline: true } : {}),
      ...(p.strike ? { strike: true } : {}),
    },
  ]);

/** One slice per line; the first two and last two lines keep together (no widows or orphans). */
export const textSlices = (
  lines: readonly Line[],
  ctx: BodyContext,
  options: { before?: number; after?: number; keepAll?: boolean; offset?: number } = {},
): Slice[] =>
  lines.map((line, i) => ({
    height: line.height,
    spaceBefore: i === 0 ? (options.before ?? 0) : 0,
    spaceAfter: i === lines.length - 1 ? (options.after ?? 0) : 0,
    keepWithNext:
      options.keepAll === true || (lines.length >= 2 && (i === 0 || i === lines.length - 2)),
    draw: (x, y) => [
      ...lineOps(line, x + ctx.indent + (options.offset ?? 0), y, ctx.palette),
      ...(ctx.quote ? [quoteBar(x + ctx.indent - 10, y, line.height, ctx.palette)] : []),
    ],
  }));

const quoteBar = (x: number, y: number, h: number, palette: Palette): DrawOp => ({
  kind: 'line',
  x1: x,
  y1: y,
  x2: x,
  y2: y + h,
  colour: palette.accentSoft,
  width: 1.8,
});

const bodyStyle = (ctx: BodyContext): FlowStyle =>
  ctx.quote
    ? { size: SIZE.body, colour: '404040', italic: true }
    : { size: SIZE.body, colour: ctx.palette.text };

const HEADING_SPACE = [
  [18, 8],
  [14, 5],
  [11, 4],
  [9, 3],
] as const;

const heading = (block: Extract<Block, { type: 'heading' }>, ctx: BodyContext): Slice[] => {
  const level = block.level;
  const size = SIZE.heading[level - 1] ?? SIZE.body;
  const colour = level <= 2 ? ctx.palette.accent : ctx.palette.accentMid;
  const lines = flowText(
    block.runs,
    { size, colour, bold: true, italic: level === 4, heading: true },
    ctx.width - ctx.indent,
    ctx.measure,
    ctx.palette,
  );
  const [before, after] = HEADING_SPACE[level - 1] ?? [9, 3];
  const slices = textSlices(lines, ctx, { before, after, keepAll: true });
  const anchor = `h${++ctx.anchors.next}`;
  const last = slices.length - 1;
  return slices.map((s, i) => ({
    ...s,
    ...(i === 0 && block.text ? { heading: { title: block.text, level, anchor } } : {}),
    draw: (x, y) => [
      ...(i === 0 ? [{ kind: 'anchor' as const, name: anchor, y }] : []),
      ...s.draw(x, y),
      ...(i === last && level === 1
        ? [rule(x, y + s.height + 2, ctx.width, ctx.palette.rule)]
        : []),
    ],
  }));
};

export const rule = (x: number, y: number, width: number, colour: string): DrawOp => ({
  kind: 'line',
  x1: x,
  y1: y,
  x2: x + width,
  y2: y,
  colour,
  width: 0.5,
});

const paragraph = (runs: readonly Run[], ctx: BodyContext, after = 6): Slice[] =>
  textSlices(
    flowText(runs, bodyStyle(ctx), ctx.width - ctx.indent, ctx.measure, ctx.palette),
    ctx,
    { after },
  );

const ROMAN = ['i', 'ii', 'iii', 'iv', 'v', 'vi', 'vii', 'viii', 'ix', 'x', 'xi', 'xii'];

const marker = (ordered: boolean, level: number, n: number): string => {
  if (!ordered) return ['\u2022', '\u2013', '\u2022'][level % 3]!;
  if (level % 3 === 1) return `${String.fromCharCode(96 + (((n - 1) % 26) + 1))}.`;
  if (level % 3 === 2) return `${ROMAN[(n - 1) % ROMAN.length]}.`;
  return `${n}.`;
};

const checkbox = (x: number, y: number, checked: boolean, colour: string): DrawOp[] => {
  const s = 7;
  const line = (x1: number, y1: number, x2: number, y2: number): DrawOp => ({
    kind: 'line',
    x1,
    y1,
    x2,
    y2,
    colour,
    width: 0.6,
  });
  return [
    line(x, y, x + s, y),
    line(x + s, y, x + s, y + s),
    line(x + s, y + s, x, y + s),
    line(x, y + s, x, y),
    ...(checked
      ? [
          line(x + 1.5, y + 1.5, x + s - 1.5, y + s - 1.5),
          line(x + s - 1.5, y + 1.5, x + 1.5, y + s - 1.5),
        ]
      : []),
  ];
};

const INDENT = 22.7;
const HANG = 14.2;

const listItem = (item: ListItem, label: string, ctx: BodyContext): Slice[] => {
  const inner: BodyContext = { ...ctx, indent: ctx.indent + INDENT, listLevel: ctx.listLevel + 1 };
  const slices = layoutBlocks(item.blocks, inner, { after: 3 });
  const first = slices[0];
  if (!first) return [];
  const markerX = inner.indent - HANG;
  const style = bodyStyle(ctx);
  const drawMarker = (x: number, y: number): DrawOp[] =>
    item.checked !== null
      ? checkbox(x + markerX, y + 3.2, item.checked, ctx.palette.text)
      : [
          {
            kind: 'text',
            x: x + markerX,
            y,
            text: label,
            font: 'regular',
            size: style.size,
            colour: style.colour,
            width: ctx.measure(label, 'regular', style.size),
          },
        ];
  return [
    { ...first, draw: (x, y) => [...drawMarker(x, y), ...first.draw(x, y)] },
    ...slices.slice(1),
  ];
};

const list = (block: Extract<Block, { type: 'list' }>, ctx: BodyContext): Slice[] => {
  const slices = block.items.flatMap((item, i) =>
    listItem(item, marker(block.ordered, ctx.listLevel, block.start + i), ctx),
  );
  const last = slices[slices.length - 1];
  if (ctx.listLevel === 0 && last) slices[slices.length - 1] = { ...last, spaceAfter: 6 };
  return slices;
};

const code = (text: string, ctx: BodyContext): Slice[] => {
  const width = ctx.width - ctx.indent - 12;
  const lines = text
    .split('\n')
    .flatMap((source) =>
      flowText(
        [{ text: source || ' ' }],
        { size: SIZE.code, colour: '1F2937', mono: true },
        width,
        ctx.measure,
        ctx.palette,
      ),
    );
  return lines.map((line, i) => {
    const top = i === 0 ? 4 : 0;
    const bottom = i === lines.length - 1 ? 4 : 0;
    return {
      height: line.height + top + bottom,
      spaceBefore: i === 0 ? 6 : 0,
      spaceAfter: i === lines.length - 1 ? 10 : 0,
      keepWithNext: lines.length <= 12 && i < lines.length - 1,
      draw: (x, y) => [
        {
          kind: 'rect',
          x: x + ctx.indent,
          y,
          w: ctx.width - ctx.indent,
          h: line.height + top + bottom,
          fill: ctx.palette.codeFill,
        },
        ...lineOps(line, x + ctx.indent + 6, y + top, ctx.palette),
      ],
    };
  });
};

/** The slices of one block; a fresh array each time (callers may replace its last slice). */
export const layoutBlock = (b: Block, ctx: BodyContext, after: number): Slice[] => {
  switch (b.type) {
    case 'heading':
      return heading(b, ctx);
    case 'paragraph':
      return paragraph(b.runs, ctx, after);
    case 'list':
      return list(b, ctx);
    case 'table':
      return layoutTable(b, ctx);
    case 'code':
      return code(b.text, ctx);
    case 'quote':
      return layoutBlocks(b.blocks, { ...ctx, indent: ctx.indent + 17, quote: true });
    case 'rule':
      return [
        {
          height: 12,
          spaceBefore: 6,
          draw: (x, y) => [rule(x + ctx.indent, y + 6, ctx.width - ctx.indent, ctx.palette.rule)],
        },
      ];
    case 'pagebreak':
      return [{ height: 0, pageBreakBefore: true, draw: () => [] }];
  }
};

/** Slices for a run of blocks; `after` is the space under a paragraph (less inside lists). */
export const layoutBlocks = (
  blocks: readonly Block[],
  ctx: BodyContext,
  options: { after?: number } = {},
): Slice[] =>
  blocks.flatMap((b, i) => {
    const slices = layoutBlock(b, ctx, options.after ?? 6);
    const last = slices[slices.length - 1];
    return keepCaption(b.type, blocks[i + 1]?.type, slices, last);
  });

/** A paragraph introducing a table (its caption) stays on the table's page. */
export const keepCaption = (
  type: Block['type'],
  next: Block['type'] | undefined,
  slices: Slice[],
  last: Slice | undefined,
): Slice[] => {
  if (type === 'paragraph' && next === 'table' && last) {
    slices[slices.length - 1] = { ...last, keepWithNext: true };
  }
  return slices;
};
