import { BorderStyle, Bookmark, PageBreak, Paragraph, TextRun } from 'docx';
import type { FileChild, ParagraphChild } from 'docx';
import type { Token, Tokens } from 'marked';
import { renderInline } from './inline';
import { renderList } from './lists';
import { COLOUR } from './look';
import type { ListAllocator } from './numbering';
import { STYLE } from './styles';
import { markdownTable, tableSpacer } from './tables';
import type { PdfFamily } from '../publish/pdf-fonts';
import { codeText, headingLevel, isPageBreak } from '../publish/markdown-blocks';
import { htmlLines } from './html-text';
import { asMarked, plainText } from './text';

/** A heading as the table of contents lists it. */
export type HeadingEntry = {
  readonly level: number;
  readonly text: string;
  readonly bookmark: string;
};

/** State shared while one document body is converted. */
export type BlockContext = {
  readonly lists: ListAllocator;
  readonly headings: HeadingEntry[];
  /** The text width in twips of the page the blocks are on (portrait or landscape). */
  readonly width?: number;
  /** The embedded font whose widths size table columns (the body font's metric twin). */
  readonly family?: PdfFamily;
};

export type BlockOptions = {
  /** Paragraphs inside a block quote take the Quote style. */
  readonly quote?: boolean;
  /** A paragraph right after a list gets room above it (list paragraphs keep little below). */
  readonly afterList?: boolean;
  /** The paragraph introducing a table (its caption) stays on the table's page. */
  readonly beforeTable?: boolean;
};

/** A paragraph holding only a page break: `<!-- pagebreak -->` or `\pagebreak` in the Markdown. */
export const pageBreak = (): Paragraph =>
  new Paragraph({ spacing: { before: 0, after: 0 }, children: [new PageBreak()] });

const heading = (token: Tokens.Heading, ctx: BlockContext): Paragraph => {
  const level = headingLevel(token.depth);
  const style = STYLE.heading[level - 1];
  const children = renderInline(token.tokens);
  const text = plainText(token.tokens);
  if (!text) return new Paragraph({ style, children });
  const bookmark = `_TocH${String(ctx.headings.length + 1).padStart(4, '0')}`;
  ctx.headings.push({ level, text, bookmark });
  return new Paragraph({ style, children: [new Bookmark({ id: bookmark, children })] });
};

const paragraph = (tokens: readonly Token[], options: BlockOptions): Paragraph =>
  new Paragraph({
    ...(options.quote ? { style: STYLE.quote } : {}),
    ...(options.afterList ? { spacing: { before: 120 } } : {}),
    ...(options.beforeTable ? { keepNext: true } : {}),
    children: renderInline(tokens),
  });

const codeBlock = (text: string): Paragraph => {
  const lines = codeText(text).split(/\r?\n/);
  const children: ParagraphChild[] = lines.map(
    (line, i) => new TextRun({ text: line, ...(i > 0 ? { break: 1 } : {}) }),
  );
  return new Paragraph({ style: STYLE.codeBlock, children });
};

const horizontalRule = (): Paragraph =>
  new Paragraph({
    spacing: { before: 120, after: 240 },
    border: { bottom: { style: BorderStyle.SINGLE, size: 6, color: COLOUR.rule, space: 1 } },
  });

const htmlBlock = (token: Tokens.HTML | Tokens.Tag, options: BlockOptions): FileChild[] => {
  const lines = htmlLines(token.text);
  if (lines.length === 0) return [];
  const children = lines.map((text, i) => new TextRun({ text, ...(i > 0 ? { break: 1 } : {}) }));
  return [new Paragraph({ ...(options.quote ? { style: STYLE.quote } : {}), children })];
};

const renderBlock = (token: Token, ctx: BlockContext, options: BlockOptions): FileChild[] => {
  if (isPageBreak(token)) return [pageBreak()];
  const t = asMarked(token);
  switch (t.type) {
    case 'heading':
      return [heading(t, ctx)];
    case 'paragraph':
      return [paragraph(t.tokens, options)];
    case 'text':
      return [paragraph(t.tokens ?? [t], options)];
    case 'list':
      return renderList(t, ctx, options);
    case 'table':
      return [markdownTable(t, ctx.width, ctx.family), tableSpacer()];
    case 'blockquote':
      return renderBlocks(t.tokens, ctx, { ...options, quote: true });
    case 'code':
      return [codeBlock(t.text)];
    case 'hr':
      return [horizontalRule()];
    case 'html':
      return htmlBlock(t, options);
    default:
      return [];
  }
};

/** Word paragraphs and tables for a run of Markdown block tokens. */
export function renderBlocks(
  tokens: readonly Token[],
  ctx: BlockContext,
  options: BlockOptions = {},
): FileChild[] {
  let previous = '';
  // The type of the next block that is not blank space, for every position, in one pass.
  const nextType: (string | undefined)[] = [];
  for (let i = tokens.length - 1, after: string | undefined; i >= 0; i--) {
    nextType[i] = after;
    if (tokens[i]!.type !== 'space') after = tokens[i]!.type;
  }
  return tokens.flatMap((token, i) => {
    const out = renderBlock(token, ctx, {
      ...options,
      afterList: previous === 'list',
      beforeTable: nextType[i] === 'table',
    });
    if (token.type !== 'space') previous = token.type;
    return out;
  });
}
