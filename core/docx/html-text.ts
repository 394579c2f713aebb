import { decodeEntities, xmlSafe } from './text';

// HTML's own blanks: a no-break space is not one and stays in the text.
const BLANKS = /[ \t\n\f\r]+/g;
// Elements whose start or end begins a new line where a browser shows them.
const BLOCKS = new Set(
  'address article aside blockquote br dd div dl dt footer h1 h2 h3 h4 h5 h6 header hr li ol p pre section table tr ul'.split(
    ' ',
  ),
);
// Elements whose content is never shown: the browser reads it as raw text up to the end tag...
const RAW_TEXT = new Set(['script', 'style', 'xmp', 'iframe', 'noembed', 'noframes', 'title']);
// ...or the preview's sanitiser drops the element with everything inside it.
const HIDDEN = new Set(['svg', 'math', 'template', 'audio', 'video', 'noscript', 'object']);

/** Where a comment, `<!...>`, `<?...>` or `</...>` not naming a tag ends: at the end if open. */
const commentEnd = (html: string, at: number): number => {
  if (html.startsWith('<!--', at)) {
    const empty = /^<!---?>/.exec(html.slice(at, at + 6));
    if (empty) return at + empty[0].length;
    const close = /--!?>/g;
    close.lastIndex = at + 4;
    const found = close.exec(html);
    return found ? found.index + found[0].length : html.length;
  }
  const close = html.indexOf('>', at);
  return close < 0 ? html.length : close + 1;
};

/** The index after a tag's `>` (a quoted attribute value may hold `>`), or -1 if it never ends. */
const tagEnd = (html: string, from: number): number => {
  let i = from;
  while (i < html.length) {
    const c = html[i];
    if (c === '>') return i + 1;
    i += 1;
    if (c !== '=') continue;
    while (/[ \t\n\f\r]/.test(html[i] ?? '')) i += 1;
    const quote = html[i];
    if (quote !== '"' && quote !== "'") continue;
    const close = html.indexOf(quote, i + 1);
    if (close < 0) return -1;
    i = close + 1;
  }
  return -1;
};

/** Where the content of a hidden element ends: after its own end tag, nested ones counted. */
const hiddenEnd = (html: string, name: string, from: number): number => {
  if (name === 'plaintext') return html.length;
  const tags = new RegExp(`<(/?)${name}(?=[\\t\\n\\f\\r />])`, 'gi');
  tags.lastIndex = from;
  let depth = 1;
  for (let found = tags.exec(html); found; found = tags.exec(html)) {
    if (!found[1] && RAW_TEXT.has(name)) continue;
    depth += found[1] ? -1 : 1;
    if (depth === 0) {
      const end = tagEnd(html, found.index + found[0].length);
      return end < 0 ? html.length : end;
    }
  }
  return html.length;
};

/**
 * Splits raw HTML into text pieces and line breaks the way a browser reads it: a comment (closed
 * or left open to the end), `<!...>` and `<?...>` show nothing; a tag shows nothing, and one the
 * fragment ends inside is dropped as a browser drops it; scripts, styles and the elements the
 * preview's sanitiser removes with their content show nothing. Anything else is text.
 */
const readHtml = (html: string): string[] => {
  const pieces: string[] = [];
  let text = 0;
  let i = html.indexOf('<');
  while (i >= 0 && i < html.length) {
    const name = /^<(\/?)([a-zA-Z][^\t\n\f\r />]*)/.exec(html.slice(i, i + 64));
    const bogus = !name && /^<(?:[!?]|\/)/.test(html.slice(i, i + 2));
    if (!name && !bogus) {
      i = html.indexOf('<', i + 1);
      continue;
    }
    pieces.push(html.slice(text, i));
    let end = bogus ? commentEnd(html, i) : tagEnd(html, i + (name?.[0].length ?? 0));
    if (end < 0) end = html.length;
    const tag = (name?.[2] ?? '').toLowerCase();
    if (BLOCKS.has(tag)) pieces.push('\n');
    if (name && !name[1] && (RAW_TEXT.has(tag) || HIDDEN.has(tag) || tag === 'plaintext')) {
      end = hiddenEnd(html, tag, end);
    }
    text = end;
    i = html.indexOf('<', end);
  }
  pieces.push(html.slice(text));
  return pieces;
};

/**
 * The text lines of raw HTML in a template, for Word and PDF alike, as the preview shows them.
 * Raw HTML is never trusted: comments, scripts and styles are dropped with their content, other
 * tags lose their markup but keep their text, and `<br>` or a block element breaks the line.
 * Character references are read after the lines are split, so a value's line break printed as
 * `&#10;` is a blank inside its line, as in a browser, never a line of its own.
 */
export const htmlLines = (html: string): string[] =>
  readHtml(html)
    .map((piece) => (piece === '\n' ? piece : decodeEntities(piece).replace(BLANKS, ' ')))
    .join('')
    .split('\n')
    .map((line) => xmlSafe(line.replace(BLANKS, ' ').trim()))
    .filter((line) => line.length > 0);
