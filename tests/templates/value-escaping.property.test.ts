import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildDocx } from '../../core/docx/build-docx';
import { sampleInput } from '../../core/docx/fixtures/sample-policy';
import { renderTemplateSync, type RenderMode } from '../../core/templates/render';
import { createBlockRenderer } from '../../renderer/src/features/editor/preview-blocks';
import { PREVIEW_TAGS } from '../../renderer/src/features/editor/preview-html';
import { readDocxParts } from '../support/docx-parts';

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

const render = (before: string, after: string, name: string, mode: RenderMode): string =>
  renderTemplateSync(
    { id: 'property', body: `${before}{{ organisation.name }}${after}`, bodyLine: 1 },
    { organisation: { name } },
    { mode },
  ).markdown;

const previewHtml = (markdown: string): string =>
  createBlockRenderer((html) => html)(markdown)
    .map((block) => block.html)
    .join('\n');

const decode = (text: string): string =>
  text
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;|&apos;/g, "'")
    .replace(/&#(\d+);/g, (_, code: string) => String.fromCodePoint(Number(code)))
    .replace(/&amp;/g, '&');

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

/** Every link in `withValue` must be one of the template's own links, the value filling a slot. */
const expectOnlyTemplateLinks = (withValue: readonly string[], withPlain: readonly string[]) => {
  // No link ever leads to the hostile values' address unless the template built an address there.
  if (!withPlain.some((href) => href.includes(PLAIN))) {
    expect(withValue.filter((href) => /evil|javascript/i.test(href))).toEqual([]);
    expect(withValue.length).toBeLessThanOrEqual(withPlain.length);
  }
  // Where the template's own link holds the value (a bare address or e-mail address typed next
  // to it), the value fills that slot and may shorten it from either side.
  const slots = withPlain.map((href) => {
    if (!href.includes(PLAIN)) return (h: string) => h === href;
    const [head = '', tail = ''] = href.split(PLAIN);
    // The whole destination is the value: the template's link, to a safe address only.
    if (head === '' && tail === '') return (h: string) => !/^\s*javascript:/i.test(h);
    return (h: string) =>
      (head !== '' && (h.startsWith(head) || head.startsWith(h))) ||
      (tail !== '' && h.endsWith(tail));
  });
  for (const href of withValue) expect(slots.some((slot) => slot(href))).toBe(true);
};

const hrefs = (html: string): string[] =>
  [...html.matchAll(/<a\b[^>]*?href="([^"]*)"/g)].map((m) => decode(m[1] ?? ''));

describe('values inserted into a template stay inert', () => {
  it('add no link, no HTML element and keep their text in the preview', () => {
    fc.assert(
      fc.property(surrounding, value, surrounding, (before, hostile, after) => {
        const plainHtml = previewHtml(render(before, after, PLAIN, 'export'));
        const html = previewHtml(render(before, after, hostile, 'export'));
        expectOnlyTemplateLinks(hrefs(html), hrefs(plainHtml));
        const plainTags = tagCounts(plainHtml);
        for (const [tag, count] of tagCounts(html)) {
          expect({ tag, count }).toEqual({ tag, count: Math.min(count, plainTags.get(tag) ?? 0) });
        }
        if (shownAsText(plainHtml)) {
          expect(visibleHtmlText(html)).toContain(normalise(hostile));
        }
      }),
      { numRuns: 400, seed: 27001 },
    );
  });

  it('shows the preview markers only around the value itself', () => {
    fc.assert(
      fc.property(surrounding, value, surrounding, (before, hostile, after) => {
        const html = previewHtml(render(before, after, hostile, 'preview'));
        const plainHtml = previewHtml(render(before, after, PLAIN, 'preview'));
        expectOnlyTemplateLinks(hrefs(html), hrefs(plainHtml));
        // The preview's own markers: one per paragraph of the value, and only with our class.
        const markers = /<span class="field" data-field="organisation\.name">/g;
        const plainTags = tagCounts(plainHtml.replace(markers, ''));
        for (const [tag, count] of tagCounts(html.replace(markers, ''))) {
          expect({ tag, count }).toEqual({ tag, count: Math.min(count, plainTags.get(tag) ?? 0) });
        }
      }),
      { numRuns: 200, seed: 27001 },
    );
  });

  it('add no hyperlink and keep their text in the Word export', { timeout: 180_000 }, async () => {
    await fc.assert(
      fc.asyncProperty(surrounding, value, surrounding, async (before, hostile, after) => {
        const plainMarkdown = render(before, after, PLAIN, 'export');
        const [plain, word] = await Promise.all(
          [plainMarkdown, render(before, after, hostile, 'export')].map(async (markdown) =>
            wordBody(await buildDocx(sampleInput({ markdown }))),
          ),
        );
        expectOnlyTemplateLinks(word?.links ?? [], plain?.links ?? []);
        if (plain?.text.includes(PLAIN) && shownAsText(previewHtml(plainMarkdown))) {
          expect(word?.text).toContain(normalise(hostile));
        }
      }),
      { numRuns: 30, seed: 27001 },
    );
  });
});

const wordBody = (bytes: Uint8Array) => {
  const parts = readDocxParts(bytes);
  const xml = parts['word/document.xml'] ?? '';
  const rels = parts['word/_rels/document.xml.rels'] ?? '';
  const targets = new Map(
    [...rels.matchAll(/<Relationship [^>]*?Id="([^"]+)"[^>]*?Target="([^"]*)"/g)].map((m) => [
      m[1],
      decode(m[2] ?? ''),
    ]),
  );
  const links = [...xml.matchAll(/<w:hyperlink [^>]*?r:id="([^"]+)"/g)].map(
    (m) => targets.get(m[1] ?? '') ?? '',
  );
  const text = [...xml.matchAll(/<w:p[ >][\s\S]*?<\/w:p>/g)]
    .map(([p]) => [...p.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join(''))
    .join(' ');
  return { links, text: normalise(decode(text)) };
};
