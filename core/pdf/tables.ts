import { levelShade } from '../publish/levels';
import { fitWidths } from '../publish/table-geometry';
import type { BodyContext } from './body';
import { lineOps } from './body';
import { SIZE } from './look';
import type { Align, Block, Run } from './model';
import type { Slice } from './paginate';
import { flowText, textNeeds, type FlowStyle, type Line } from './text-flow';
import type { DrawOp } from './types';

const PAD_X = 5.4;
const PAD_Y = 3;
/** A table this short (rows, and share of a page) is kept on one page with its heading. */
const SHORT_ROWS = 12;
const SHORT_HEIGHT = 330;

export type CellInput = { readonly runs: readonly Run[]; readonly fill?: string | null };

export type TableInput = {
  readonly header: readonly CellInput[] | null;
  readonly rows: readonly (readonly CellInput[])[];
  readonly align?: readonly Align[];
  /** Column weights; omitted, widths follow the content (no word ever breaks if avoidable). */
  readonly weights?: readonly number[];
  /** Bold labels on a tinted first column (the document-control table). */
  readonly labelColumn?: boolean;
};

const plain = (runs: readonly Run[]): string => runs.map((r) => r.text).join('');

/**
 * Widths the way a browser lays out an automatic table: no column narrower than its longest
 * word (so "R-001", dates and scores stay whole), the remaining room shared in proportion to how
 * much more each column wants.
 */
export const contentWidths = (
  columns: readonly (readonly CellInput[])[],
  width: number,
  ctx: BodyContext,
): number[] => {
  const style: FlowStyle = { size: SIZE.table, colour: ctx.palette.text };
  const needs = columns.map((cells) =>
    cells.reduce(
      (acc, c, i) => {
        const n = textNeeds(c.runs, { ...style, bold: i === 0 }, ctx.measure, ctx.palette);
        return {
          min: Math.max(acc.min, n.min + 2 * PAD_X),
          natural: Math.max(acc.natural, n.natural + 2 * PAD_X),
        };
      },
      { min: 2 * PAD_X + 4, natural: 2 * PAD_X + 4 },
    ),
  );
  return fitWidths(needs, width);
};

type CellLayout = {
  readonly lines: readonly Line[];
  readonly fill: string | null;
  readonly align: Align;
};

const rowSlice = (
  cells: readonly CellLayout[],
  widths: readonly number[],
  ctx: BodyContext,
  first: boolean,
): Slice => {
  const height =
    Math.max(...cells.map((c) => c.lines.reduce((s, l) => s + l.height, 0))) + 2 * PAD_Y;
  const total = widths.reduce((s, w) => s + w, 0);
  const border = (x1: number, y1: number, x2: number, y2: number): DrawOp => ({
    kind: 'line',
    x1,
    y1,
    x2,
    y2,
    colour: ctx.palette.rule,
    width: 0.5,
  });
  return {
    height,
    draw: (x0, y) => {
      const left = x0 + ctx.indent;
      const ops: DrawOp[] = [];
      let x = left;
      cells.forEach((cell, i) => {
        const w = widths[i] ?? 0;
        if (cell.fill) ops.push({ kind: 'rect', x, y, w, h: height, fill: cell.fill });
        let ly = y + PAD_Y;
        for (const line of cell.lines) {
          const room = w - 2 * PAD_X - line.width;
          const shift = cell.align === 'right' ? room : cell.align === 'center' ? room / 2 : 0;
          ops.push(...lineOps(line, x + PAD_X + Math.max(0, shift), ly, ctx.palette));
          ly += line.height;
        }
        ops.push(border(x, y, x, y + height));
        x += w;
      });
      ops.push(border(x, y, x, y + height), border(left, y + height, left + total, y + height));
      if (first) ops.push(border(left, y, left + total, y));
      return ops;
    },
  };
};

/** Row slices for a table: header repeated on each page, short tables kept whole with their heading. */
export const tableSlices = (table: TableInput, ctx: BodyContext): Slice[] => {
  const width = ctx.width - ctx.indent;
  const all = [...(table.header ? [table.header] : []), ...table.rows];
  const columns = Math.max(...all.map((r) => r.length), 1);
  const columnCells = Array.from({ length: columns }, (_, i) =>
    all.map((r) => r[i] ?? { runs: [] }),
  );
  const widths = table.weights
    ? table.weights.map((w) => (w / table.weights!.reduce((s, v) => s + v, 0)) * width)
    : contentWidths(columnCells, width, ctx);
  const layoutRow = (row: readonly CellInput[], header: boolean): CellLayout[] =>
    Array.from({ length: columns }, (_, i) => {
      const cell = row[i] ?? { runs: [] };
      const label = table.labelColumn === true && i === 0;
      const style: FlowStyle = {
        size: SIZE.table,
        colour: header ? ctx.palette.accent : ctx.palette.text,
        bold: header || label,
      };
      const fill = header
        ? ctx.palette.headerFill
        : label
          ? ctx.palette.labelFill
          : (cell.fill ?? levelShade(plain(cell.runs)));
      return {
        lines: flowText(cell.runs, style, (widths[i] ?? 0) - 2 * PAD_X, ctx.measure, ctx.palette),
        fill,
        align: table.align?.[i] ?? null,
      };
    });
  const header = table.header ? rowSlice(layoutRow(table.header, true), widths, ctx, true) : null;
  const rows = table.rows.map((r, i) =>
    rowSlice(layoutRow(r, false), widths, ctx, !header && i === 0),
  );
  const height = [header, ...rows].reduce((s, r) => s + (r?.height ?? 0), 0);
  const short = table.rows.length <= SHORT_ROWS && height <= SHORT_HEIGHT;
  const slices: Slice[] = [
    ...(header ? [{ ...header, keepWithNext: true }] : []),
    ...rows.map((r, i) => ({
      ...r,
      keepWithNext: short ? i < rows.length - 1 : !header && i === 0,
      ...(header ? { repeatHeader: header } : {}),
    })),
  ];
  const last = slices[slices.length - 1];
  if (last) slices[slices.length - 1] = { ...last, spaceAfter: 8 };
  if (slices[0]) slices[0] = { ...slices[0], spaceBefore: 2 };
  return slices;
};

export const layoutTable = (block: Extract<Block, { type: 'table' }>, ctx: BodyContext): Slice[] =>
  tableSlices(
    {
      header: block.header.map((runs) => ({ runs })),
      rows: block.rows.map((r) => r.map((runs) => ({ runs }))),
      align: block.align,
    },
    ctx,
  );
