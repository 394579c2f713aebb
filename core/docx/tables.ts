import {
  AlignmentType,
  Paragraph,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  VerticalAlignTable,
  WidthType,
} from 'docx';
import type { ParagraphChild } from 'docx';
import type { Tokens } from 'marked';
import { renderInline } from './inline';
import { CONTENT_WIDTH } from './look';
import { STYLE } from './styles';
import { plainText } from './text';

type Align = 'left' | 'center' | 'right' | null;

/** One cell as the table builder takes it: inline content, alignment and how many columns it spans. */
export type CellSpec = {
  readonly children: readonly ParagraphChild[];
  readonly align?: Align;
  readonly span?: number;
};

export type TableSpec = {
  readonly style: string;
  /** Printed as the first row, repeated at the top of every page. */
  readonly header?: readonly CellSpec[];
  readonly rows: readonly (readonly CellSpec[])[];
  /** Column widths in twips; they are scaled to the text width. */
  readonly widths: readonly number[];
  readonly firstColumn?: boolean;
};

const ALIGNMENT = {
  left: AlignmentType.LEFT,
  center: AlignmentType.CENTER,
  right: AlignmentType.RIGHT,
} as const;

const scaleWidths = (weights: readonly number[]): number[] => {
  const total = weights.reduce((sum, w) => sum + w, 0) || 1;
  const widths = weights.map((w) => Math.floor((w / total) * CONTENT_WIDTH));
  const rest = CONTENT_WIDTH - widths.reduce((sum, w) => sum + w, 0);
  widths[widths.length - 1] = (widths[widths.length - 1] ?? 0) + rest;
  return widths;
};

const cell = (spec: CellSpec, width: number): TableCell =>
  new TableCell({
    width: { size: width, type: WidthType.DXA },
    verticalAlign: VerticalAlignTable.TOP,
    ...(spec.span && spec.span > 1 ? { columnSpan: spec.span } : {}),
    children: [
      new Paragraph({
        style: STYLE.tableText,
        ...(spec.align ? { alignment: ALIGNMENT[spec.align] } : {}),
        children: [...spec.children],
      }),
    ],
  });

const row = (cells: readonly CellSpec[], widths: readonly number[], header: boolean): TableRow => {
  let column = 0;
  const children = cells.map((spec) => {
    const span = spec.span ?? 1;
    const width = widths.slice(column, column + span).reduce((sum, w) => sum + w, 0);
    column += span;
    return cell(spec, width);
  });
  return new TableRow({ children, ...(header ? { tableHeader: true, cantSplit: true } : {}) });
};

/** A Word table on one of the exporter's table styles; the header row repeats on every page. */
export const buildTable = (spec: TableSpec): Table => {
  const widths = scaleWidths(spec.widths);
  const rows = [
    ...(spec.header ? [row(spec.header, widths, true)] : []),
    ...spec.rows.map((cells) => row(cells, widths, false)),
  ];
  return new Table({
    style: spec.style,
    rows,
    width: { size: CONTENT_WIDTH, type: WidthType.DXA },
    columnWidths: widths,
    layout: TableLayoutType.FIXED,
    tableLook: {
      firstRow: spec.header !== undefined,
      lastRow: false,
      firstColumn: spec.firstColumn ?? false,
      lastColumn: false,
      noHBand: true,
      noVBand: true,
    },
  });
};

/** Gives wordy columns more room than short ones (IDs, dates) without starving any column. */
const columnWeights = (table: Tokens.Table): number[] =>
  table.header.map((head, column) => {
    const lengths = [head, ...table.rows.map((cells) => cells[column])].map((c) =>
      c ? Math.min(plainText(c.tokens).length, 60) : 0,
    );
    return 6 + Math.max(...lengths);
  });

const markdownCell = (c: Tokens.TableCell | undefined, align: Align): CellSpec => ({
  children: c ? renderInline(c.tokens) : [],
  align,
});

/** A Markdown (GFM) table with its column alignment and inline formatting. */
export const markdownTable = (table: Tokens.Table): Table => {
  const align = (column: number): Align => table.align[column] ?? null;
  return buildTable({
    style: STYLE.table,
    header: table.header.map((c, i) => markdownCell(c, align(i))),
    rows: table.rows.map((cells) => table.header.map((_, i) => markdownCell(cells[i], align(i)))),
    widths: columnWeights(table),
  });
};

/** A small gap after a table, so the next paragraph does not touch its bottom border. */
export const tableSpacer = (): Paragraph =>
  new Paragraph({ spacing: { before: 0, after: 120, line: 240 }, run: { size: 8 } });
