import fc from 'fast-check';
import { PREVIEW_TAGS } from '../../renderer/src/features/editor/preview-html';
import { decodeHtml as decode, hrefs, previewHtml, renderValue, wordOf } from './rendered-value';

/**
 * The property behind the escaping test and `npm run sweep:escaping`: a value from the workspace
 * must read as its own text wherever a template puts it. Whatever the text around it (an
 * unmatched backtick, a fence, an open link or image, a reference definition, an autolink, raw
 * HTML, a table row, a heading, a list or quote marker, emphasis, a line the value's own line
 * break starts), inserting it must never add a link, an HTML element or a block. Each check
 * renders the same template with the hostile value and with inert ones and compares what a reader
 * gets in the preview HTML and in the Word file. The checks throw on a failure, so they run the
 * same under vitest and in the sweep script.
 */

export const PLAIN = '7Zqzq';

const VALUE_PARTS = [
  '[click](https://evil.example)',
  '[x]',
  '[ref]',
  '[^1]',
  '[ref]: https://evil.example',
  '(https://evil.example)',
  '<b>',
  '</b>',
  '<div>',
  '</div>',
  '<img src=x onerror=alert(1)>',
  '<script>alert(1)</script>',
  '<a href="https://evil.example">',
  '<https://evil.example>',
  '<mailto:m@evil.example>',
  '<!--',
  '-->',
  '`',
  '``',
  '```',
  '~~~',
  '*',
  '**',
  '_',
  '~~',
  '#',
  '# ',
  '|',
  '\\',
  '&amp;',
  '&#96;',
  '&lt;',
  'https://evil.example',
  'www.evil.example',
  'mallory@evil.example',
  'mailto:m@evil.example',
  '![i](x.png)',
  '- ',
  '* ',
  '+ ',
  '1. ',
  '1) ',
  '> ',
  '\n',
  '\n\n',
  ' ',
  '    ',
  '\t',
  ':',
  '(',
  ')',
  '[',
  ']',
  '<',
  '>',
  '"',
  "'",
  '=',
  '---',
  '===',
  'javascript:alert(1)',
  'data:text/html,x',
  'script',
  'Brightwater',
  'img',
  '?',
  '!',
  '/',
];

const SURROUNDING_PARTS = [
  'It`s ',
  '`',
  '``',
  '```\n',
  '\n```\n',
  '~~~\n',
  ' policy',
  '[',
  '](',
  '](https://ok.example/',
  ')',
  '[see ',
  '![',
  '![logo](',
  '[ref]: ',
  '[ref]: https://ok.example/ "',
  '\n\n[ref]: ',
  ' [x][ref] ',
  '\n\n[x][ref]\n',
  '[^1]',
  '[^1]: ',
  '<https://ok.example/',
  '<mailto:',
  '<b>',
  '</b>',
  '<div>\n',
  '\n</div>\n',
  '<span title="',
  '">',
  '<',
  '</',
  '<!',
  '<!-- ',
  ' -->',
  '>',
  '# ',
  '## ',
  '\n===\n',
  '\n---\n',
  '| ',
  ' | ',
  '| a | b |\n| --- | --- |\n| ',
  '- ',
  '* ',
  '1. ',
  '1) ',
  '  - ',
  '> ',
  '\n> ',
  '\n- ',
  '*',
  '**',
  '_',
  '~~',
  '\n',
  '\n\n',
  'text ',
  '    ',
  '\n    ',
  '\t',
  '\\',
  'https://',
  '://x.example',
  '@example.com',
  '&',
  '&lt;',
  'www',
  '.',
];

export const value = fc
  .array(fc.oneof(fc.constantFrom(...VALUE_PARTS), fc.string({ maxLength: 4 })), {
    minLength: 1,
    maxLength: 8,
  })
  .map((parts) => parts.join('').replace(/[{}%]/g, ''))
  .filter((text) => text.trim() !== '' && !text.includes(PLAIN));

export const surrounding = fc
  .array(fc.constantFrom(...SURROUNDING_PARTS), { maxLength: 5 })
  .map((parts) => parts.join(''));

// Code spans show a backtick of a value as a quote; blank runs fold like a reader sees them.
const normalise = (text: string): string => text.replace(/`/g, "'").replace(/\s+/g, ' ').trim();

// Block elements separate words; inline ones (links, emphasis, marks) do not.
const visibleHtmlText = (html: string): string =>
  normalise(
    decode(
      html
        .replace(/<\/?(p|li|td|th|tr|h[1-6]|br|pre|blockquote|ul|ol|table)\b[^>]*>/gi, ' ')
        .replace(/<[^>]*>/g, ''),
    ),
  );

// Formatting a value's first or last character can change around it, and a value on a line of
// its own keeps its paragraphs; links, HTML, lists, headings, tables and code cannot change.
const FORMATTING = new Set(['em', 'strong', 'del', 'p']);

const tagCounts = (html: string): Map<string, number> => {
  const counts = new Map<string, number>();
  for (const [, name = ''] of html.matchAll(/<([a-zA-Z][a-zA-Z0-9]*)/g)) {
    const tag = name.toLowerCase();
    // The preview's sanitiser keeps only its own list of elements; the rest never render.
    if (!FORMATTING.has(tag) && PREVIEW_TAGS.includes(tag))
      counts.set(tag, (counts.get(tag) ?? 0) + 1);
  }
  return counts;
};

// A value the template puts inside an address (typed right after `https://...`) is part of it.
const shownAsText = (plainHtml: string): boolean =>
  visibleHtmlText(plainHtml).includes(PLAIN) && !hrefs(plainHtml).some((h) => h.includes(PLAIN));

/**
 * Values with no markup of their own. What the template gives with one of them comes from the
 * template alone: a space or a "!" ends the template's own bare address, and backticks after it
 * then pair into a code span that no value put there. A hostile value may change the template's
 * elements only as one of these does.
 */
const INERT_VALUES = [PLAIN, ' ', '!', '.', `${PLAIN} ${PLAIN}`, `${PLAIN}\n${PLAIN}`];

/** Where a link leads: its scheme and host (`https://ok.example`), `mailto:` and the domain. */
const originOf = (href: string): string | null => {
  const web = /^\s*([a-z][a-z0-9+.-]*:\/\/[^/?#\\%\s]*)/i.exec(href);
  if (web) return (web[1] ?? '').toLowerCase();
  const mail = /^\s*mailto:[^@]*@([^?\s]*)/i.exec(href);
  return mail ? `mailto:${(mail[1] ?? '').toLowerCase()}` : null;
};

const UNSAFE_SCHEME = /^\s*(javascript|data|vbscript):/i;

const fail = (what: string, details: unknown): never => {
  throw new Error(`${what}: ${JSON.stringify(details)}`);
};

/**
 * No link comes from the value: every link leads to an address the template wrote, never to one
 * written in the value, and there are no more links than the template alone makes. The only
 * exception is a template that builds an address from the value (`https://{{ value }}` or a
 * link destination that is the value): then the value may fill that slot, but never with a
 * script.
 */
const expectOnlyTemplateLinks = (
  withValue: readonly string[],
  references: readonly (readonly string[])[],
) => {
  const templateLinks = references.flat();
  const templateOrigins = new Set(templateLinks.map(originOf));
  // The template put the value where an address's host or destination goes.
  const valueSlot = templateLinks.some(
    (href) =>
      originOf(href)?.includes(PLAIN.toLowerCase()) ||
      (originOf(href) === null && href.includes(PLAIN)),
  );
  const allowed = Math.max(...references.map((r) => r.length));
  if (withValue.length > allowed)
    fail('more links than the template makes', { withValue, allowed });
  for (const href of withValue) {
    if (UNSAFE_SCHEME.test(href)) fail('a link to a script', { href });
    if (!valueSlot && !templateOrigins.has(originOf(href))) {
      fail('a link to an address the template does not hold', { href, templateLinks });
    }
  }
};

/** No element comes from the value: none beyond what the template makes with an inert value. */
const expectOnlyTemplateElements = (
  withValue: ReadonlyMap<string, number>,
  references: readonly ReadonlyMap<string, number>[],
) => {
  for (const [tag, count] of withValue) {
    const allowed = Math.max(0, ...references.map((r) => r.get(tag) ?? 0));
    if (count > allowed) fail('an element the template does not make', { tag, count, allowed });
  }
};

const expectText = (shown: string, hostile: string) => {
  if (!shown.includes(normalise(hostile))) fail('the value is not shown as its text', { shown });
};

/** The preview of `before{{ value }}after` (rendered for export) holds nothing from the value. */
export const checkPreview = (before: string, hostile: string, after: string): void => {
  const references = INERT_VALUES.map((inert) =>
    previewHtml(renderValue(before, after, inert, 'export')),
  );
  const html = previewHtml(renderValue(before, after, hostile, 'export'));
  expectOnlyTemplateLinks(hrefs(html), references.map(hrefs));
  expectOnlyTemplateElements(tagCounts(html), references.map(tagCounts));
  if (shownAsText(references[0] ?? '')) expectText(visibleHtmlText(html), hostile);
};

// The preview's own markers: one per paragraph of the value, and only with our class.
const MARKERS = /<span class="field" data-field="organisation\.name">/g;

/** The live preview's markers around a value add nothing else either. */
export const checkMarkers = (before: string, hostile: string, after: string): void => {
  const html = previewHtml(renderValue(before, after, hostile, 'preview'));
  const references = INERT_VALUES.map((inert) =>
    previewHtml(renderValue(before, after, inert, 'preview')).replace(MARKERS, ''),
  );
  expectOnlyTemplateLinks(hrefs(html), references.map(hrefs));
  expectOnlyTemplateElements(tagCounts(html.replace(MARKERS, '')), references.map(tagCounts));
};

const wordLinksAndText = async (markdown: string) =>
  wordOf(markdown).then((body) => ({ ...body, text: normalise(body.text) }));

/** The Word file of `before{{ value }}after` has no hyperlink from the value and shows its text. */
export const checkWord = async (before: string, hostile: string, after: string): Promise<void> => {
  const plainMarkdown = renderValue(before, after, PLAIN, 'export');
  const references = await Promise.all(
    INERT_VALUES.map((inert) => wordLinksAndText(renderValue(before, after, inert, 'export'))),
  );
  const word = await wordLinksAndText(renderValue(before, after, hostile, 'export'));
  expectOnlyTemplateLinks(
    word.links,
    references.map((r) => r.links),
  );
  if (references[0]?.text.includes(PLAIN) && shownAsText(previewHtml(plainMarkdown))) {
    expectText(word.text, hostile);
  }
};
