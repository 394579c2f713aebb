import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { PREVIEW_TAGS } from '../../renderer/src/features/editor/preview-html';
import {
  decodeHtml as decode,
  hrefs,
  previewHtml,
  renderValue,
  wordOf,
} from '../support/rendered-value';

/**
 * A value from the workspace must read as its own text wherever a template puts it: whatever the
 * text around it (an unmatched backtick, an open link, a table row, raw HTML, a heading, a list
 * marker, emphasis), inserting it must never add a link, an HTML element or a block. Each case
 * renders the same template twice, once with the hostile value and once with a plain word, and
 * compares what a reader gets in the preview HTML and in the Word file.
 */

const PLAIN = '7Zqzq';

const VALUE_PARTS = [
  '[click](https://evil.example)',
  '[x]',
  '(https://evil.example)',
  '<b>',
  '</b>',
  '<img src=x onerror=alert(1)>',
  '<script>alert(1)</script>',
  '<a href="https://evil.example">',
  '<https://evil.example>',
  '<!--',
  '-->',
  '`',
  '``',
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
  '![i](x.png)',
  '- ',
  '1. ',
  '> ',
  '\n',
  '\n\n',
  ' ',
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
  ' policy',
  '[',
  '](',
  '](https://ok.example/',
  ')',
  '[see ',
  '<b>',
  '</b>',
  '<span title="',
  '">',
  '<',
  '</',
  '<!',
  '>',
  '# ',
  '## ',
  '| ',
  ' | ',
  '| a | b |\n| --- | --- |\n| ',
  '- ',
  '1. ',
  '> ',
  '*',
  '**',
  '_',
  '~~',
  '\n',
  '\n\n',
  'text ',
  '    ',
  '\\',
  'https://',
  '://x.example',
  '@example.com',
  '&',
  '&lt;',
  'www',
  '.',
];

const value = fc
  .array(fc.oneof(fc.constantFrom(...VALUE_PARTS), fc.string({ maxLength: 4 })), {
    minLength: 1,
    maxLength: 8,
  })
  .map((parts) => parts.join('').replace(/[{}%]/g, ''))
  .filter((text) => text.trim() !== '' && !text.includes(PLAIN));

const surrounding = fc
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
    if (!FORMATTING.has(tag) && PREVIEW_TAGS.includes(tag)) counts.set(tag, (counts.get(tag) ?? 0) + 1);
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
    (href) => originOf(href)?.includes(PLAIN.toLowerCase()) || (originOf(href) === null && href.includes(PLAIN)),
  );
  expect(withValue.length).toBeLessThanOrEqual(Math.max(...references.map((r) => r.length)));
  for (const href of withValue) {
    expect(href).not.toMatch(UNSAFE_SCHEME);
    if (!valueSlot) expect({ href, origin: templateOrigins.has(originOf(href)) }).toEqual({ href, origin: true });
  }
};

/** No element comes from the value: none beyond what the template makes with an inert value. */
const expectOnlyTemplateElements = (
  withValue: ReadonlyMap<string, number>,
  references: readonly ReadonlyMap<string, number>[],
) => {
  for (const [tag, count] of withValue) {
    const allowed = Math.max(0, ...references.map((r) => r.get(tag) ?? 0));
    expect({ tag, count }).toEqual({ tag, count: Math.min(count, allowed) });
  }
};

// Fixed seeds, so a failure is repeatable; several, so more inputs are tried on every run.
const SEEDS = [27001, 1, 2, 5, 10, 7];

describe('values inserted into a template stay inert', () => {
  it('add no link, no HTML element and keep their text in the preview', { timeout: 300_000 }, () => {
    for (const seed of SEEDS) {
      fc.assert(
        fc.property(surrounding, value, surrounding, (before, hostile, after) => {
          const references = INERT_VALUES.map((inert) =>
            previewHtml(renderValue(before, after, inert, 'export')),
          );
          const html = previewHtml(renderValue(before, after, hostile, 'export'));
          expectOnlyTemplateLinks(hrefs(html), references.map(hrefs));
          expectOnlyTemplateElements(tagCounts(html), references.map(tagCounts));
          if (shownAsText(references[0]!)) {
            expect(visibleHtmlText(html)).toContain(normalise(hostile));
          }
        }),
        { numRuns: 400, seed },
      );
    }
  });

  it('shows the preview markers only around the value itself', { timeout: 300_000 }, () => {
    // The preview's own markers: one per paragraph of the value, and only with our class.
    const markers = /<span class="field" data-field="organisation\.name">/g;
    for (const seed of SEEDS) {
      fc.assert(
        fc.property(surrounding, value, surrounding, (before, hostile, after) => {
          const html = previewHtml(renderValue(before, after, hostile, 'preview'));
          const references = INERT_VALUES.map((inert) =>
            previewHtml(renderValue(before, after, inert, 'preview')).replace(markers, ''),
          );
          expectOnlyTemplateLinks(hrefs(html), references.map(hrefs));
          expectOnlyTemplateElements(
            tagCounts(html.replace(markers, '')),
            references.map(tagCounts),
          );
        }),
        { numRuns: 200, seed },
      );
    }
  });

  it('add no hyperlink and keep their text in the Word export', { timeout: 300_000 }, async () => {
    const linksOf = async (markdown: string) =>
      wordOf(markdown).then((body) => ({ ...body, text: normalise(body.text) }));
    await fc.assert(
      fc.asyncProperty(surrounding, value, surrounding, async (before, hostile, after) => {
        const plainMarkdown = renderValue(before, after, PLAIN, 'export');
        const references = await Promise.all(
          INERT_VALUES.map((inert) => linksOf(renderValue(before, after, inert, 'export'))),
        );
        const word = await linksOf(renderValue(before, after, hostile, 'export'));
        expectOnlyTemplateLinks(
          word.links,
          references.map((r) => r.links),
        );
        if (references[0]!.text.includes(PLAIN) && shownAsText(previewHtml(plainMarkdown))) {
          expect(word.text).toContain(normalise(hostile));
        }
      }),
      { numRuns: 40, seed: SEEDS[0] },
    );
  });
});
