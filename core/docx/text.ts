import type { MarkedToken, Token } from 'marked';

const NAMED_ENTITIES: Readonly<Record<string, string>> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: '\u00A0',
  ndash: '\u2013',
  mdash: '\u2014',
  hellip: '\u2026',
  lsquo: '\u2018',
  rsquo: '\u2019',
  ldquo: '\u201C',
  rdquo: '\u201D',
  laquo: '\u00AB',
  raquo: '\u00BB',
  bull: '\u2022',
  middot: '\u00B7',
  copy: '\u00A9',
  reg: '\u00AE',
  trade: '\u2122',
  sect: '\u00A7',
  para: '\u00B6',
  deg: '\u00B0',
  plusmn: '\u00B1',
  times: '\u00D7',
  divide: '\u00F7',
  euro: '\u20AC',
  pound: '\u00A3',
  larr: '\u2190',
  rarr: '\u2192',
  le: '\u2264',
  ge: '\u2265',
};

const fromCodePoint = (code: number): string | null =>
  Number.isInteger(code) && code > 0 && code <= 0x10ffff && (code < 0xd800 || code > 0xdfff)
    ? String.fromCodePoint(code)
    : null;

/** Resolves HTML character references the way a Markdown renderer would; unknown ones stay as typed. */
export const decodeEntities = (text: string): string =>
  text.replace(/&(#x[0-9a-f]{1,6}|#[0-9]{1,7}|[a-z][a-z0-9]{1,31});/gi, (whole, ref: string) => {
    if (ref.startsWith('#')) {
      const hex = ref[1] === 'x' || ref[1] === 'X';
      const code = Number.parseInt(ref.slice(hex ? 2 : 1), hex ? 16 : 10);
      return fromCodePoint(code) ?? whole;
    }
    return NAMED_ENTITIES[ref.toLowerCase()] ?? whole;
  });

/**
 * Removes characters XML 1.0 cannot carry (C0 controls other than tab/newline, lone surrogates,
 * U+FFFE/U+FFFF); one of them in document.xml makes Word refuse the file.
 */
export const xmlSafe = (text: string): string =>
  text.replace(
    // eslint-disable-next-line no-control-regex
    /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g,
    '',
  );

/** Text as a reader sees it: entities resolved, soft line breaks as spaces, no unsafe characters. */
export const readableText = (text: string): string =>
  xmlSafe(decodeEntities(text).replace(/[ \t]*\r?\n[ \t]*/g, ' '));

/** The lexer is used without extensions, so every token it returns is one of marked's own kinds. */
export const asMarked = (token: Token): MarkedToken => token as MarkedToken;

/** The plain text of inline tokens (for TOC entries and bookmarks), formatting dropped. */
export const plainText = (tokens: readonly Token[]): string =>
  tokens
    .map((token) => {
      const t = asMarked(token);
      switch (t.type) {
        case 'text':
          return t.tokens ? plainText(t.tokens) : readableText(t.text);
        case 'escape':
        case 'codespan':
          return xmlSafe(t.text);
        case 'strong':
        case 'em':
        case 'del':
        case 'link':
          return plainText(t.tokens);
        case 'image':
          return readableText(t.text);
        case 'br':
          return ' ';
        default:
          return '';
      }
    })
    .join('')
    .replace(/\s+/g, ' ')
    .trim();

const MARK_OPEN = /^<mark(\s[^>]*)?>$/i;
const MARK_CLOSE = /^<\/mark>$/i;

/**
 * Renders a run of Markdown inline tokens, Word or PDF. `<mark>` and `</mark>` (an unfilled
 * field) arrive as separate tokens around their text, so the highlight is carried from one to
 * the other.
 */
export const renderMarked = <F extends { readonly highlight?: boolean }, R>(
  tokens: readonly Token[],
  format: F,
  render: (token: Token, format: F) => R[],
): R[] => {
  let current = format;
  return tokens.flatMap((token) => {
    const tag = token.type === 'html' ? token.raw.trim() : '';
    if (MARK_OPEN.test(tag)) current = { ...current, highlight: true };
    else if (MARK_CLOSE.test(tag)) current = { ...current, highlight: format.highlight ?? false };
    else return render(token, current);
    return [];
  });
};
