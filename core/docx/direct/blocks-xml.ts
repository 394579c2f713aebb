import type { Token, Tokens } from 'marked';
import type { BlockOptions, HeadingEntry } from '../blocks';
import { htmlLines } from '../html-text';
import { COLOUR } from '../look';
import type { ListAllocator, ListRef } from '../numbering';
import { STYLE } from '../styles';
import { asMarked, plainText } from '../text';
import type { PdfFamily } from '../../publish/pdf-fonts';
import { codeText, headingLevel, isPageBreak } from '../../publish/markdown-blocks';
import { inlineXml, type LinkSink } from './inline-xml';
import { listXml } from './lists-xml';
import { markdownTableXml, TABLE_SPACER } from './tables-xml';
import { paragraphXml, pStyle, textRun } from './xml-text';

/** State shared while one body is written; the same decisions as `BlockContext`. */
export type XmlContext = {
  readonly lists: Pick<ListAllocator, 'allocate'>;
  readonly headings: HeadingEntry[];
  readonly width?: number;
  readonly family?: PdfFamily;
  readonly links: LinkSink;
  /** The `w:numId` value for a list instance (a placeholder filled in once the ids are known). */
  readonly numId: (ref: ListRef) => string;
};

/** A paragraph holding only a page break, as `pageBreak()` writes it. */
export const PAGE_BREAK_XML =
  '<w:p><w:pPr><w:spacing w:after="0" w:before="0"/></w:pPr><w:r><w:br w:type="page"/></w:r></w:p>';

const HORIZONTAL_RULE = paragraphXml(
  `<w:pBdr><w:bottom w:val="single" w:color="${COLOUR.rule}" w:sz="6" w:space="1"/></w:pBdr><w:spacing w:after="240" w:before="120"/>`,
  '',
);

const heading = (token: Tokens.Heading, ctx: XmlContext): string => {
  const style = pStyle(STYLE.heading[headingLevel(token.depth) - 1]!);
  const children = inlineXml(token.tokens, ctx.links);
  const text = plainText(token.tokens);
  if (!text) return paragraphXml(style, children);
  const bookmark = `_TocH${String(ctx.headings.length + 1).padStart(4, '0')}`;
  ctx.headings.push({ level: headingLevel(token.depth), text, bookmark });
  // Bookmark ids count the headings in document order, as the package normalisation numbers them.
  const id = ctx.headings.length;
  return paragraphXml(
    style,
    `<w:bookmarkStart w:name="${bookmark}" w:id="${id}"/>${children}<w:bookmarkEnd w:id="${id}"/>`,
  );
};

const paragraph = (tokens: readonly Token[], options: BlockOptions, ctx: XmlContext): string =>
  paragraphXml(
    (options.quote ? pStyle(STYLE.quote) : '') +
      (options.beforeTable ? '<w:keepNext/>' : '') +
      (options.afterList ? '<w:spacing w:before="120"/>' : ''),
    inlineXml(tokens, ctx.links),
  );

const linesXml = (lines: readonly string[]): string =>
  lines.map((line, i) => textRun(line, {}, i > 0 ? 1 : 0)).join('');

const codeBlock = (text: string): string =>
  paragraphXml(pStyle(STYLE.codeBlock), linesXml(codeText(text).split(/\r?\n/)));

const htmlBlock = (token: Tokens.HTML | Tokens.Tag, options: BlockOptions): string[] => {
  const lines = htmlLines(token.text);
  if (lines.length === 0) return [];
  return [paragraphXml(options.quote ? pStyle(STYLE.quote) : '', linesXml(lines))];
};

/** Writes one Markdown block; `blocksXml` takes another to write the top-level blocks. */
export type BlockWriter = (
  token: Token,
  ctx: XmlContext,
  options: BlockOptions,
) => readonly string[];

/** The paragraphs and tables of one Markdown block. */
export const blockXml = (token: Token, ctx: XmlContext, options: BlockOptions): string[] => {
  if (isPageBreak(token)) return [PAGE_BREAK_XML];
  const t = asMarked(token);
  switch (t.type) {
    case 'heading':
      return [heading(t, ctx)];
    case 'paragraph':
      return [paragraph(t.tokens, options, ctx)];
    case 'text':
      return [paragraph(t.tokens ?? [t], options, ctx)];
    case 'list':
      return listXml(t, ctx, options);
    case 'table':
      return [markdownTableXml(t, ctx), TABLE_SPACER];
    case 'blockquote':
      return blocksXml(t.tokens, ctx, { ...options, quote: true });
    case 'code':
      return [codeBlock(t.text)];
    case 'hr':
      return [HORIZONTAL_RULE];
    case 'html':
      return htmlBlock(t, options);
    default:
      return [];
  }
};

/** The top-level paragraphs and tables of a run of Markdown blocks, as `renderBlocks` makes them. */
export function blocksXml(
  tokens: readonly Token[],
  ctx: XmlContext,
  options: BlockOptions = {},
  write: BlockWriter = blockXml,
): string[] {
  let previous = '';
  const nextType: (string | undefined)[] = [];
  for (let i = tokens.length - 1, after: string | undefined; i >= 0; i--) {
    nextType[i] = after;
    if (tokens[i]!.type !== 'space') after = tokens[i]!.type;
  }
  const out: string[] = [];
  tokens.forEach((token, i) => {
    out.push(
      ...write(token, ctx, {
        ...options,
        afterList: previous === 'list',
        beforeTable: nextType[i] === 'table',
      }),
    );
    if (token.type !== 'space') previous = token.type;
  });
  return out;
}
