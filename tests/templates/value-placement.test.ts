import { describe, expect, it } from 'vitest';
import { renderTemplateSync, type RenderMode } from '../../core/templates/render';
import { hrefs, previewHtml, renderValue, wordOf } from '../support/rendered-value';

// Text a reader sees in the preview: tags dropped, references read.
const visible = (html: string) =>
  html
    .replace(/<[^>]*>/g, '')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, '&');

const linkTexts = (html: string) => [...html.matchAll(/<a\b[^>]*>([^<]*)<\/a>/g)].map((m) => m[1]);

describe('a value after a link the template opened', () => {
  // Found by the property test (seed 10): the value's first `)` closed the template's `[](`.
  const before = 'It`s [](';
  const hostile = ')[click](https://evil.example)';

  it.each(['export', 'preview'] as RenderMode[])('makes no link in the %s preview', (mode) => {
    const html = previewHtml(renderValue(before, '', hostile, mode));
    expect(html).not.toContain('<a');
    expect(visible(html)).toContain(`It\`s [](${hostile}`);
  });

  it('makes no hyperlink in Word and keeps its text', async () => {
    const word = await wordOf(renderValue(before, '', hostile, 'export'));
    expect(word.links).toEqual([]);
    expect(word.text).toContain(`[](${hostile}`);
  });
});

describe('a value where the template leaves a block or a link open', () => {
  it.each([
    // A link destination may start on the line after `](`.
    { before: '[see policy](\n', value: 'UK.1)', text: '[see policy]( UK.1)' },
    // A quote marker needs no blank after it: the value starts the list item's text.
    { before: '>- ', value: '1. Brightwater', text: '1. Brightwater' },
  ])('adds no link or list after $before', async ({ before, value, text }) => {
    const markdown = renderValue(before, '', value, 'export');
    const html = previewHtml(markdown);
    expect(hrefs(html)).toEqual([]);
    expect(html).not.toContain('<ol');
    expect(visible(html).replace(/\s+/g, ' ')).toContain(text);
    expect((await wordOf(markdown)).links).toEqual([]);
  });
});

describe("a value right after the template's own bare address", () => {
  const value = '[x](https://evil.example) *a* 1.5\\2';
  const cases = [
    { before: 'See https://ok.example/', href: 'https://ok.example/', shown: 'https://ok.example/' },
    { before: 'See https://ok.example.', href: 'https://ok.example', shown: 'https://ok.example' },
    { before: 'Visit www.ok.example', href: 'http://www.ok.example', shown: 'www.ok.example' },
    { before: 'Write to help@ok.example', href: 'mailto:help@ok.example', shown: 'help@ok.example' },
  ];

  it.each(cases)('reads as plain text after $shown in the preview', ({ before, href, shown }) => {
    for (const mode of ['export', 'preview'] as const) {
      const html = previewHtml(renderValue(before, ' now', value, mode));
      expect(hrefs(html)).toEqual([href]);
      expect(linkTexts(html)).toEqual([shown]);
      expect(visible(html)).toContain(`${value} now`);
    }
  });

  it.each(cases)('reads as plain text after $shown in Word', async ({ before, href }) => {
    const word = await wordOf(renderValue(before, ' now', value, 'export'));
    expect(word.links).toEqual([href]);
    expect(word.text).toContain(`${value} now`);
    expect(word.text).not.toContain('\\[');
  });

  it('still completes an address the template leaves open (`https://{{ host }}`)', () => {
    const html = previewHtml(renderValue('See https://', ' now', 'brightwater.example', 'export'));
    expect(hrefs(html)).toEqual(['https://brightwater.example']);
  });

  it('goes into an address in angle brackets percent-encoded, with no references shown', () => {
    const html = previewHtml(renderValue('<https://ok.example/', '>', 'a [b] c', 'export'));
    expect(hrefs(html)).toEqual(['https://ok.example/a%20%5Bb%5D%20c']);
    expect(html).not.toContain('&amp;#');
  });

  it('cannot start an address with the template text after it', async () => {
    for (const [value, after] of [
      ['see http', '://ok.example'],
      ['our www', '.ok.example'],
    ] as const) {
      const markdown = renderValue('', ` ${after}`.trimStart(), value, 'export');
      expect(hrefs(previewHtml(markdown))).toEqual([]);
      expect(visible(previewHtml(markdown))).toContain(`${value}${after}`);
      expect((await wordOf(markdown)).links).toEqual([]);
    }
  });
});

describe('a value captured with {% capture %}', () => {
  const name = 'Brightwater *Analytics* [x](https://evil.example)';
  const fill = (body: string, mode: RenderMode) =>
    renderTemplateSync(
      { id: 'capture', body, bodyLine: 1 },
      { organisation: { name, tradingName: '' } },
      { mode },
    );

  it.each(['export', 'preview'] as RenderMode[])('prints the value itself in the %s', (mode) => {
    const { markdown } = fill(
      '{% capture x %}{{ organisation.name }}{% endcapture %}Run by {{ x }}.',
      mode,
    );
    const html = previewHtml(markdown);
    expect(visible(html)).toContain(`Run by ${name}.`);
    expect(hrefs(html)).toEqual([]);
    expect(html).not.toMatch(/<(em|strong)>/);
  });

  it('is text that filters and conditions read, and is escaped once in Word', async () => {
    const { markdown, unfilled } = fill(
      '{% capture x %}{{ organisation.name }} / {{ organisation.tradingName }}{% endcapture %}' +
        '{% if x contains "Brightwater" %}{{ x | upcase }}{% endif %}',
      'export',
    );
    const word = await wordOf(markdown);
    expect(word.text).toContain(`${name} / [Organisation trading name]`.toUpperCase());
    expect(word.text).not.toContain('\\');
    expect(word.links).toEqual([]);
    expect(unfilled.map((u) => [u.field, u.line, u.column])).toEqual([
      ['organisation.tradingName', 1, 45],
    ]);
  });
});
