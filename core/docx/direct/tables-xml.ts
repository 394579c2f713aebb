import type { Tokens } from 'marked';
import { levelShade } from '../../publish/levels';
import { CONTENT_WIDTH } from '../look';
import { STYLE } from '../styles';
import { autoWidths, SHORT_TABLE_ROWS } from '../tables';
import { plainText } from '../text';
import type { XmlContext } from './blocks-xml';
import { inlineXml } from './inline-xml';
import { escapeXml, paragraphXml, pStyle } from './xml-text';

type Align = 'left' | 'center' | 'right' | null;

type CellXml = {
  readonly content: string;
  readonly align: Align;
  readonly fill: string | null;
};

/** The small gap after a table, as `tableSpacer()` writes it. */
export const TABLE_SPACER =
  '<w:p><w:pPr><w:spacing w:after="120" w:before="0" w:line="240"/><w:rPr><w:sz w:val="8"/><w:szCs w:val="8"/></w:rPr></w:pPr></w:p>';

const scaleWidths = (weights: readonly number[], width: number): number[] => {
  const total = weights.reduce((sum, w) => sum + w, 0) || 1;
  const widths = weights.map((w) => Math.floor((w / total) * width));
  const rest = width - widths.reduce((sum, w) => sum + w, 0);
  widths[widths.length - 1] = (widths[widths.length - 1] ?? 0) + rest;
  return widths;
};

const TEXT_STYLE = pStyle(STYLE.tableText);

const cellXml = (cell: CellXml, width: number, keepNext: boolean): string => {
  const shade = cell.fill
    ? `<w:shd w:fill="${escapeXml(cell.fill)}" w:color="auto" w:val="clear"/>`
    : '';
  const properties =
    TEXT_STYLE +
    (keepNext ? '<w:keepNext/>' : '') +
    (cell.align ? `<w:jc w:val="${cell.align}"/>` : '');
  return `<w:tc><w:tcPr><w:tcW w:type="dxa" w:w="${width}"/>${shade}<w:vAlign w:val="top"/></w:tcPr>${paragraphXml(properties, cell.content)}</w:tc>`;
};

const rowXml = (
  cells: readonly CellXml[],
  widths: readonly number[],
  header: boolean,
  keepNext: boolean,
): string =>
  `<w:tr><w:trPr><w:cantSplit/>${header ? '<w:tblHeader/>' : ''}</w:trPr>${cells
    .map((cell, column) => cellXml(cell, widths[column] ?? 0, keepNext))
    .join('')}</w:tr>`;

const columnTexts = (table: Tokens.Table): string[][] =>
  table.header.map((head, column) => [
    plainText(head.tokens),
    ...table.rows.map((cells) => {
      const c = cells[column];
      return c ? plainText(c.tokens) : '';
    }),
  ]);

const markdownCell = (
  c: Tokens.TableCell | undefined,
  align: Align,
  ctx: XmlContext,
  body: boolean,
): CellXml => ({
  content: c ? inlineXml(c.tokens, ctx.links) : '',
  align,
  fill: body && c ? levelShade(plainText(c.tokens)) : null,
});

/** A Markdown (GFM) table, as `markdownTable` makes it with the body's table style. */
export const markdownTableXml = (table: Tokens.Table, ctx: XmlContext): string => {
  const width = ctx.width ?? CONTENT_WIDTH;
  const align = (column: number): Align => table.align[column] ?? null;
  const header = table.header.map((c, i) => markdownCell(c, align(i), ctx, false));
  const rows = table.rows.map((cells) =>
    table.header.map((_, i) => markdownCell(cells[i], align(i), ctx, true)),
  );
  const widths = scaleWidths(autoWidths(columnTexts(table), width, ctx.family), width);
  const short = rows.length <= SHORT_TABLE_ROWS;
  const last = rows.length - 1;
  const grid = widths.map((w) => `<w:gridCol w:w="${w}"/>`).join('');
  return (
    `<w:tbl><w:tblPr><w:tblStyle w:val="${STYLE.table}"/><w:tblW w:type="dxa" w:w="${width}"/>` +
    '<w:tblLayout w:type="fixed"/><w:tblLook w:firstRow="true" w:lastRow="false" ' +
    'w:firstColumn="false" w:lastColumn="false" w:noHBand="true" w:noVBand="true"/></w:tblPr>' +
    `<w:tblGrid>${grid}</w:tblGrid>${rowXml(header, widths, true, true)}` +
    rows.map((cells, i) => rowXml(cells, widths, false, short && i < last)).join('') +
    '</w:tbl>'
  );
};
