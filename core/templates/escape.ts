/**
 * Where in a Markdown line a value lands. The rules differ: at the start of a line (or right after
 * a list or quote marker) a value could open a block, a table cell and a heading must stay on one
 * line, a link destination must stay a URL, and inline code shows backslashes literally.
 */
export type MarkdownContext = 'line-start' | 'text' | 'heading' | 'table-cell' | 'link-url' | 'code';

// Characters that start emphasis, links, code, tables, headings or strikethrough anywhere in a line.
const INLINE_SPECIALS = /[\\`*_[\]|#~]/g;
// A value line that would open a block (list, setext underline, ordered list) if left as it is.
const BLOCK_START = /^[-+](?=\s|$)|^[-=](?=[-=\s]*$)|^\d{1,9}[.)](?=\s|$)/;
// Only blanks, list markers and quote markers before the value: it starts a block's text.
const CONTAINER_MARKERS = /^(\s*([-+*]|\d{1,9}[.)]|>)(?=\s|$))*\s*$/;
const ENTITY_LIKE = /&(?=#?[a-z0-9]+;)/gi;
const SAFE_SCHEMES = new Set(['http', 'https', 'mailto', 'tel']);

/**
 * Turns a workspace value into Markdown that reads as the same literal text and cannot change the
 * document's structure: no emphasis, link, heading, list, table cell or HTML can come out of it.
 */
export const escapeMarkdown = (value: string, where: MarkdownContext = 'line-start'): string => {
  switch (where) {
    case 'code':
      return value.replace(/`/g, "'").replace(/\s*[\r\n]+\s*/g, ' ');
    case 'link-url':
      return escapeUrl(value);
    case 'heading':
    case 'table-cell':
      return escapeInline(value.replace(/\s*[\r\n]+\s*/g, ' ').trim(), false);
    case 'line-start':
    case 'text':
      return escapeText(value, where === 'line-start');
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
  if (/^\s*\|/.test(linePrefix)) return 'table-cell';
  if (/^ {0,3}#{1,6}(\s|$)/.test(linePrefix)) return 'heading';
  return CONTAINER_MARKERS.test(linePrefix) ? 'line-start' : 'text';
};

// Blank lines would end the paragraph, list item or quote the value sits in, so they collapse.
// Every line after the first starts a line of the document.
const escapeText = (value: string, firstAtLineStart: boolean): string =>
  value
    .trim()
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line !== '')
    .map((line, i) => escapeInline(line, firstAtLineStart || i > 0))
    .join('\n');

const escapeInline = (line: string, atLineStart: boolean): string => {
  const escaped = neutraliseHtml(line.replace(INLINE_SPECIALS, '\\$&'));
  if (!atLineStart) return escaped;
  // Escaping the last character of the marker is enough: `1\.`, `\-`, `\=`.
  return escaped.replace(BLOCK_START, (marker) => `${marker.slice(0, -1)}\\${marker.slice(-1)}`);
};

const neutraliseHtml = (text: string): string =>
  text.replace(ENTITY_LIKE, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

const escapeUrl = (value: string): string => {
  const url = value.trim();
  const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(url)?.[1]?.toLowerCase();
  if (scheme !== undefined && !SAFE_SCHEMES.has(scheme)) return '#';
  return url.replace(/[\s<>()\\`"'|[\]]/g, (c) =>
    `%${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`);
};

const countUnescapedBackticks = (text: string): number => text.match(/(?<!\\)`/g)?.length ?? 0;
