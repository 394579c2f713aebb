import { ExternalHyperlink, TextRun } from 'docx';
import type { ParagraphChild } from 'docx';
import type { Token } from 'marked';
import { wellFormedLink } from '../publish/links';
import { COLOUR } from './look';
import { STYLE } from './styles';
import { asMarked, readableText, renderMarked, xmlSafe } from './text';

/** Character formatting inherited from the enclosing Markdown emphasis. */
export type InlineFormat = {
  readonly bold?: boolean;
  readonly italics?: boolean;
  readonly strike?: boolean;
  readonly code?: boolean;
  readonly link?: boolean;
  /** Inside `<mark>`: an unfilled field, highlighted so a reviewer cannot miss it. */
  readonly highlight?: boolean;
};

const BREAK_TAG = /^<br\s*\/?>$/i;

/** The address written into the hyperlink relationship, or null when it is not a web or mail link. */
export const safeLinkTarget = (href: string): string | null => wellFormedLink(xmlSafe(href.trim()));

const run = (text: string, format: InlineFormat): TextRun => {
  const style = format.code ? STYLE.inlineCode : format.link ? STYLE.hyperlink : undefined;
  return new TextRun({
    text,
    ...(style ? { style } : {}),
    ...(format.bold ? { bold: true } : {}),
    ...(format.italics ? { italics: true } : {}),
    ...(format.strike ? { strike: true } : {}),
    ...(format.highlight ? { highlight: 'yellow' } : {}),
  });
};

const lineBreak = (): TextRun => new TextRun({ break: 1 });

const link = (token: { href: string; tokens: Token[] }, format: InlineFormat): ParagraphChild[] => {
  const target = safeLinkTarget(readableText(token.href));
  if (!target) return renderInline(token.tokens, format);
  const children = renderInline(token.tokens, { ...format, link: true });
  return [new ExternalHyperlink({ link: target, children })];
};

const renderToken = (token: Token, format: InlineFormat): ParagraphChild[] => {
  const t = asMarked(token);
  switch (t.type) {
    case 'text':
      return t.tokens ? renderInline(t.tokens, format) : [run(readableText(t.text), format)];
    case 'escape':
      return [run(xmlSafe(t.text), format)];
    case 'strong':
      return renderInline(t.tokens, { ...format, bold: true });
    case 'em':
      return renderInline(t.tokens, { ...format, italics: true });
    case 'del':
      return renderInline(t.tokens, { ...format, strike: true });
    case 'codespan':
      return [run(xmlSafe(t.text), { ...format, code: true })];
    case 'link':
      return link(t, format);
    case 'image':
      return [imagePlaceholder(readableText(t.text))];
    case 'br':
      return [lineBreak()];
    case 'checkbox':
      return [run(t.checked ? '\u2612 ' : '\u2610 ', format)];
    case 'html':
      // Inline HTML is never trusted: tags are dropped (their text arrives as separate tokens).
      return BREAK_TAG.test(t.text.trim()) ? [lineBreak()] : [];
    default:
      return [];
  }
};

const imagePlaceholder = (alt: string): TextRun =>
  new TextRun({ text: `[${alt || 'image'}]`, italics: true, color: COLOUR.muted });

/** Word runs (and hyperlinks) for a run of Markdown inline tokens. */
export function renderInline(
  tokens: readonly Token[],
  format: InlineFormat = {},
): ParagraphChild[] {
  return renderMarked(tokens, format, renderToken);
}
