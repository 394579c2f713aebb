import type { Token } from 'marked';
import { COLOUR } from '../look';
import { safeLinkTarget, type InlineFormat } from '../inline';
import { STYLE } from '../styles';
import { asMarked, readableText, renderMarked, xmlSafe } from '../text';
import { BREAK_RUN, escapeXml, textRun } from './xml-text';

/** What writing inline content adds to the package: the external links, in document order. */
export type LinkSink = {
  /** Registers a hyperlink's address and returns its relationship id. */
  readonly link: (target: string) => string;
};

const BREAK_TAG = /^<br\s*\/?>$/i;
/** docx moves a fragment of up to 255 characters into `w:anchor` and links the rest. */
const MAX_ANCHOR = 255;

const run = (text: string, format: InlineFormat): string =>
  textRun(text, {
    style: format.code ? STYLE.inlineCode : format.link ? STYLE.hyperlink : undefined,
    bold: format.bold,
    italics: format.italics,
    strike: format.strike,
    highlight: format.highlight ? 'yellow' : undefined,
  });

const splitFragment = (link: string): { target: string; anchor?: string } => {
  const index = link.indexOf('#');
  const fragment = link.length - index - 1;
  return index > 0 && fragment > 0 && fragment <= MAX_ANCHOR
    ? { target: link.slice(0, index), anchor: link.slice(index + 1) }
    : { target: link };
};

const hyperlink = (
  token: { href: string; tokens: Token[] },
  format: InlineFormat,
  sink: LinkSink,
): string => {
  const address = safeLinkTarget(readableText(token.href));
  if (!address) return inlineXml(token.tokens, sink, format);
  const children = inlineXml(token.tokens, sink, { ...format, link: true });
  const { target, anchor } = splitFragment(address);
  const id = sink.link(target);
  const anchorAttr = anchor ? ` w:anchor="${escapeXml(anchor)}"` : '';
  const open = `<w:hyperlink w:history="1"${anchorAttr} r:id="${id}"`;
  return children ? `${open}>${children}</w:hyperlink>` : `${open}/>`;
};

const tokenXml = (token: Token, format: InlineFormat, sink: LinkSink): string => {
  const t = asMarked(token);
  switch (t.type) {
    case 'text':
      return t.tokens ? inlineXml(t.tokens, sink, format) : run(readableText(t.text), format);
    case 'escape':
      return run(xmlSafe(t.text), format);
    case 'strong':
      return inlineXml(t.tokens, sink, { ...format, bold: true });
    case 'em':
      return inlineXml(t.tokens, sink, { ...format, italics: true });
    case 'del':
      return inlineXml(t.tokens, sink, { ...format, strike: true });
    case 'codespan':
      return run(xmlSafe(t.text), { ...format, code: true });
    case 'link':
      return hyperlink(t, format, sink);
    case 'image':
      return textRun(`[${readableText(t.text) || 'image'}]`, {
        italics: true,
        color: COLOUR.muted,
      });
    case 'br':
      return BREAK_RUN;
    case 'checkbox':
      return run(t.checked ? '\u2612 ' : '\u2610 ', format);
    case 'html':
      return BREAK_TAG.test(t.text.trim()) ? BREAK_RUN : '';
    default:
      return '';
  }
};

/** The runs and hyperlinks of a run of Markdown inline tokens, as `renderInline` makes them. */
export const inlineXml = (
  tokens: readonly Token[],
  sink: LinkSink,
  format: InlineFormat = {},
): string => renderMarked(tokens, format, (token, f) => [tokenXml(token, f, sink)]).join('');
