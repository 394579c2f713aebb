/**
 * Where in a Markdown line a value lands. The rules differ: at the start of a line (or right after
 * a list or quote marker) a value could open a block, a table cell and a heading must stay on one
 * line, a link destination must stay a URL, and inline code shows backslashes literally.
 */
export type MarkdownContext =
  | 'block'
  | 'line-start'
  | 'text'
  | 'heading'
  | 'table-cell'
  | 'link-url'
  | 'code'
  | 'html'
  | 'html-start';

// Characters that start emphasis, links, tables, headings or strikethrough anywhere in a line.
const INLINE_SPECIALS = /[\\*_[\]|#~]/g;
// What GFM turns into a link by itself: a web address or an e-mail address. Escaping the colon
// of `://`, the dot after `www` (or a leading one, after a template's `www`) or the at sign keeps
// the text and stops the link.
const AUTOLINK_TRIGGERS = /:(?=\/\/)|(?<=www)\.|^\.|@/gi;
// Values never carry the markers that stand for a value whose context is decided after rendering.
const PLACEHOLDER_CHARS = /[\uE000\uE001]/g;
// A value line that would open a block (list, setext underline, ordered list) if left as it is.
const BLOCK_START = /^[-+](?=\s|$)|^[-=](?=[-=\s]*$)|^\d{1,9}[.)](?=\s|$)/;
// Only blanks, list markers and quote markers before the value: it starts a block's text. A
// quote marker needs no blank after it (`>- item`); a list marker does.
const CONTAINER_MARKERS = /^(\s*(([-+*]|\d{1,9}[.)])(?=\s|$)|>))*\s*$/;
const ENTITY_LIKE = /&(?=#?[a-z0-9]+;)/gi;
// Every character the inline rules act on (escapes, autolinks, HTML, entities, line breaks, the
// placeholder markers): a value without any of them is printed as it is, trimmed.
const ANY_SPECIAL = /[\\*_[\]|#~:.@&<>`\r\n\uE000\uE001]/;
const SAFE_SCHEMES = new Set(['http', 'https', 'mailto', 'tel']);

/**
 * Turns a workspace value into Markdown that reads as the same literal text and cannot change the
 * document's structure: no emphasis, link, heading, list, table cell or HTML can come out of it.
 */
export const escapeMarkdown = (raw: string, where: MarkdownContext = 'line-start'): string => {
  // Most values in a cell, a heading or a sentence hold nothing any rule below changes.
  if (
    (where === 'table-cell' || where === 'text' || where === 'heading') &&
    !ANY_SPECIAL.test(raw)
  ) {
    return raw.trim();
  }
  const value = raw.replace(PLACEHOLDER_CHARS, '');
  switch (where) {
    case 'code':
      return value.replace(/`/g, "'").replace(/\s*[\r\n]+\s*/g, ' ');
    case 'html':
    case 'html-start':
      return escapeInsideHtml(value, where === 'html-start');
    case 'link-url':
      return escapeUrl(value);
    case 'heading':
    case 'table-cell':
      return escapeInline(value.replace(/\s*[\r\n]+\s*/g, ' ').trim(), false);
    case 'block':
      return escapeBlock(value);
    case 'line-start':
    case 'text':
      return escapeInline(value.replace(/\s*[\r\n]+\s*/g, ' ').trim(), where === 'line-start');
  }
};

/** Escapes text for use inside a double-quoted HTML attribute (and inside a table row). */
export const escapeAttribute = (value: string): string =>
  value
    .replace(/&/g, '&amp;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/\|/g, '&#124;');

/**
 * Guesses the Markdown context from the rendered text of the current line up to the insertion
 * point. Only leading-pipe table rows are recognised, which is the form the templates use.
 */
export const detectMarkdownContext = (linePrefix: string): MarkdownContext => {
  if (countUnescapedBackticks(linePrefix) % 2 === 1) return 'code';
  if (/\]\([^\s()]*$/.test(linePrefix)) return 'link-url';
  return detectSettledContext(linePrefix);
};

/**
 * Whether a `(`, `)`, `"` or `'` printed here could act as link syntax: after any `](` on the line
 * (a link destination or title the template opened, whether or not an odd backtick or a blank
 * seems to end it) or any `]:` (a reference definition's destination or title), a value's
 * parenthesis or quote could close the template's link or title, so there it is escaped.
 */
export const opensLinkTail = (linePrefix: string): boolean =>
  linePrefix.includes('](') || linePrefix.includes(']:');

/**
 * Backslashes before the characters that could close a link or title (see `opensLinkTail`),
 * stepping over escaped pairs and the preview's own markers (a value's `<` is already `&lt;`).
 */
export const escapeLinkTail = (text: string): string =>
  text.replace(/(\\.|<[^<>]*>)|[()"']/g, (found: string, kept?: string) => kept ?? `\\${found}`);

/**
 * Whether an odd backtick opens a code span, or `](` a link destination, depends on text that
 * comes later (the closing backtick or parenthesis), so those two contexts are only guesses; this
 * is the context when the guess turns out wrong.
 */
export const detectSettledContext = (linePrefix: string): MarkdownContext => {
  if (/<[!?/]?$/.test(linePrefix)) return 'html-start';
  if (/<[a-zA-Z!?/][^<>]*$/.test(linePrefix)) return 'html';
  if (/^\s*\|/.test(linePrefix)) return 'table-cell';
  if (/^ {0,3}#{1,6}(\s|$)/.test(linePrefix)) return 'heading';
  return CONTAINER_MARKERS.test(linePrefix) ? 'line-start' : 'text';
};

/**
 * A value standing on its own line(s) may hold several paragraphs (an organisation's description):
 * they stay paragraphs, and every line is escaped as the start of a line. Inside a sentence, a
 * list item or a cell, line breaks become spaces, so a value can never start a block there.
 */
const escapeBlock = (value: string): string =>
  value
    .trim()
    .split(/\r?\n\s*\r?\n/)
    .map((paragraph) =>
      paragraph
        .split(/\r?\n/)
        .map((line) => line.trim())
        .filter((line) => line !== '')
        .map((line) => escapeInline(line, true))
        .join('\n'),
    )
    .filter((paragraph) => paragraph !== '')
    .join('\n\n');

const escapeInline = (line: string, atLineStart: boolean): string => {
  const escaped = neutraliseHtml(breakAutolinks(line.replace(INLINE_SPECIALS, '\\$&'))).replace(
    /`/g,
    '&#96;',
  );
  if (!atLineStart) return escaped;
  // Escaping the last character of the marker is enough: `1\.`, `\-`, `\=`.
  return escaped.replace(BLOCK_START, (marker) => `${marker.slice(0, -1)}\\${marker.slice(-1)}`);
};

const breakAutolinks = (text: string): string =>
  /[:.@]/.test(text) ? text.replace(AUTOLINK_TRIGGERS, '\\$&') : text;

const neutraliseHtml = (text: string): string =>
  text.replace(ENTITY_LIKE, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/**
 * Inside an HTML tag every character but ASCII letters and digits becomes a character reference,
 * so the value cannot end an attribute; right after `<` the first one does too, so it cannot name
 * a tag. Where no tag forms after all, the references still read as the same text.
 */
const escapeInsideHtml = (value: string, atTagName: boolean): string =>
  value.replace(
    atTagName ? /^[A-Za-z]|[^A-Za-z0-9]/gu : /[^A-Za-z0-9]/gu,
    (c) => `&#${c.codePointAt(0) ?? 32};`,
  );

const escapeUrl = (value: string): string => {
  const url = value.trim();
  const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(url)?.[1]?.toLowerCase();
  if (scheme !== undefined && !SAFE_SCHEMES.has(scheme)) return '#';
  return url.replace(
    /[\s<>()\\`"'|[\]]/g,
    (c) => `%${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`,
  );
};

const countUnescapedBackticks = (text: string): number => text.match(/(?<!\\)`/g)?.length ?? 0;
