import {
  AlignmentType,
  ShadingType,
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
import { levelShade } from '../publish/levels';
import type { PdfFamily } from '../publish/pdf-fonts';
import { columnNeeds, fitWidths } from '../publish/table-geometry';
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
  /** Cell shading (six hex digits), e.g. a risk level's colour. */
  readonly fill?: string | null;
};

export type TableSpec = {
  readonly style: string;
  /** Printed as the first row, repeated at the top of every page. */
  readonly header?: readonly CellSpec[];
  readonly rows: readonly (readonly CellSpec[])[];
  /** Column widths in twips; they are scaled to the text width. */
  readonly widths: readonly number[];
  /** The text width in twips (a landscape page is wider); the portrait width when absent. */
  readonly width?: number;
  readonly firstColumn?: boolean;
};

const ALIGNMENT = {
  left: AlignmentType.LEFT,
  center: AlignmentType.CENTER,
  right: AlignmentType.RIGHT,
} as const;

const scaleWidths = (weights: readonly number[], width: number): number[] => {
  const total = weights.reduce((sum, w) => sum + w, 0) || 1;
  const widths = weights.map((w) => Math.floor((w / total) * width));
  const rest = width - widths.reduce((sum, w) => sum + w, 0);
  widths[widths.length - 1] = (widths[widths.length - 1] ?? 0) + rest;
  return widths;
};

const cell = (spec: CellSpec, width: number, keepNext: boolean): TableCell =>
  new TableCell({
    width: { size: width, type: WidthType.DXA },
    verticalAlign: VerticalAlignTable.TOP,
    ...(spec.span && spec.span > 1 ? { columnSpan: spec.span } : {}),
    ...(spec.fill ? { shading: { fill: spec.fill, color: 'auto', type: ShadingType.CLEAR } } : {}),
    children: [
      new Paragraph({
        style: STYLE.tableText,
        ...(keepNext ? { keepNext: true } : {}),
        ...(spec.align ? { alignment: ALIGNMENT[spec.align] } : {}),
        children: [...spec.children],
      }),
    ],
  });

const row = (
  cells: readonly CellSpec[],
  widths: readonly number[],
  header: boolean,
  keepNext: boolean,
): TableRow => {
  let column = 0;
  const children = cells.map((spec) => {
    const span = spec.span ?? 1;
    const width = widths.slice(column, column + span).reduce((sum, w) => sum + w, 0);
    column += span;
    return cell(spec, width, keepNext);
  });
  // Rows never break across pages: a register row split in two is hard to read and to audit.
  return new TableRow({ children, cantSplit: true, ...(header ? { tableHeader: true } : {}) });
};

/** Tables with at most this many body rows are kept on one page. */
export const SHORT_TABLE_ROWS = 12;

/** A Word table on one of the exporter's table styles; the header row repeats on every page. */
export const buildTable = (spec: TableSpec): Table => {
  const width = spec.width ?? CONTENT_WIDTH;
  const widths = scaleWidths(spec.widths, width);
  // A short table stays on one page (each row keeps with the next); a long one keeps its header
  // with the first row.
  const short = spec.rows.length <= SHORT_TABLE_ROWS;
  const last = spec.rows.length - 1;
  const rows = [
    ...(spec.header ? [row(spec.header, widths, true, true)] : []),
    ...spec.rows.map((cells, i) => row(cells, widths, false, short && i < last)),
  ];
  return new Table({
    style: spec.style,
    rows,
    width: { size: width, type: WidthType.DXA },
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

/**
 * Column widths in twips from the content, measured with the body font's metrics (Carlito's for
 * Calibri): no column narrower than its longest word, so identifiers, dates, scores and levels
 * never break mid-word.
 */
export const autoWidths = (
  columns: readonly (readonly string[])[],
  width: number = CONTENT_WIDTH,
  family: PdfFamily = 'Carlito',
): number[] =>
  fitWidths(
    columns.map((texts) => columnNeeds(texts, true, Number.POSITIVE_INFINITY, family)),
    width / 20,
  ).map((points) => points * 20);

const columnTexts = (table: Tokens.Table): string[][] =>
  table.header.map((head, column) => [
    plainText(head.tokens),
    ...table.rows.map((cells) => {
      const c = cells[column];
      return c ? plainText(c.tokens) : '';
    }),
  ]);

const markdownCell = (c: Tokens.TableCell | undefined, align: Align, body = true): CellSpec => ({
  children: c ? renderInline(c.tokens) : [],
  align,
  fill: body && c ? levelShade(plainText(c.tokens)) : null,
});

/** A Markdown (GFM) table with its column alignment and inline formatting. */
export const markdownTable = (
  table: Tokens.Table,
  width: number = CONTENT_WIDTH,
  family: PdfFamily = 'Carlito',
): Table => {
  const align = (column: number): Align => table.align[column] ?? null;
  return buildTable({
    style: STYLE.table,
    header: table.header.map((c, i) => markdownCell(c, align(i), false)),
    rows: table.rows.map((cells) => table.header.map((_, i) => markdownCell(cells[i], align(i)))),
    widths: autoWidths(columnTexts(table), width, family),
    width,
  });
};

/** A small gap after a table, so the next paragraph does not touch its bottom border. */
export const tableSpacer = (): Paragraph =>
  new Paragraph({ spacing: { before: 0, after: 120, line: 240 }, run: { size: 8 } });
