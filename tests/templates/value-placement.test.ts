import { describe, expect, it } from 'vitest';
import { renderTemplateSync, type RenderMode } from '../../core/templates/render';
import { decodeHtml, hrefs, previewHtml, renderValue, wordOf } from '../support/rendered-value';

// Text a reader sees in the preview: tags dropped, references read.
const visible = (html: string) => decodeHtml(html.replace(/<[^>]*>/g, ''));

const linkTexts = (html: string) => [...html.matchAll(/<a\b[^>]*>([^<]*)<\/a>/g)].map((m) => m[1]);

const MODES: readonly RenderMode[] = ['export', 'preview'];

type Expected = {
  /** Every link's address in both previews and in Word; none when empty. */
  readonly links?: readonly string[];
  /** Text a reader sees in both previews (blanks folded as HTML shows them) and in Word. */
  readonly text?: string;
  /** Text only Word is checked for, where it reads differently from the preview. */
  readonly wordText?: string;
  /** Markup neither preview's HTML may hold. */
  readonly notInHtml?: RegExp;
};

/**
 * `before{{ organisation.name }}after` filled with `value`, read in the export preview, in the
 * live preview (with its field markers) and in the Word file, each against the same expectation.
 */
const expectEverywhere = async (
  [before, value, after = '']: readonly [string, string, string?],
  { links, text, wordText, notInHtml }: Expected,
) => {
  for (const mode of MODES) {
    const html = previewHtml(renderValue(before, after, value, mode));
    if (links) expect(hrefs(html), mode).toEqual(links);
    if (text !== undefined) expect(visible(html).replace(/\s+/g, ' '), mode).toContain(text);
    if (notInHtml) expect(html, mode).not.toMatch(notInHtml);
  }
  const word = await wordOf(renderValue(before, after, value, 'export'));
  if (links) expect(word.links, 'Word').toEqual(links);
  for (const shown of [text, wordText]) {
    if (shown !== undefined) expect(word.text, 'Word').toContain(shown);
  }
  return word;
};

describe('a value after a link the template opened', () => {
  // Found by the property test (seed 10): the value's first `)` closed the template's `[](`.
  const hostile = ')[click](https://evil.example)';

  it('makes no link in either preview or in Word, and keeps its text', async () => {
    await expectEverywhere(['It`s [](', hostile], {
      links: [],
      text: `It\`s [](${hostile}`,
      notInHtml: /<a/,
    });
  });
});

describe('a value where the template leaves a block or a link open', () => {
  it.each([
    // A link destination may start on the line after `](`.
    { before: '[see policy](\n', value: 'UK.1)', text: '[see policy]( UK.1)' },
    // A value ending in "!" before the template's link must not make it an image.
    { before: '# ', value: 'Wow!', after: '[see](https://ok.example)', text: 'Wow!see' },
    // A quote marker needs no blank after it: the value starts the list item's text.
    { before: '>- ', value: '1. Brightwater', text: '1. Brightwater' },
  ])('adds no link, image or list after $before', async ({ before, value, text, after }) => {
    const links = after ? ['https://ok.example'] : [];
    await expectEverywhere([before, value, after], { links, text, notInHtml: /<ol|<img/ });
  });
});

describe('a value in a reference definition the template writes', () => {
  // Found by the sweep (seed 11): the value's quote closed the title the template opened, so
  // the line became a definition and the template's text and the value disappeared.
  it.each([
    { before: '[ref]: https://ok.example/ "', value: '"', text: '[ref]: https://ok.example/ ""' },
    { before: "[ref]: https://ok.example/ '", value: "x'", text: "https://ok.example/ 'x'" },
    {
      before: '[x][ref]\n\n[ref]: https://ok.example/\n',
      value: '"Brightwater"',
      text: '"Brightwater"',
    },
    {
      before: '[x][ref]\n\n[ref]: https://ok.example/ (',
      value: 'a)',
      text: 'https://ok.example/ (a)',
    },
    // A title runs over line breaks, also into a quote line (seed 11 again, after the fix above).
    { before: '[ref]: https://ok.example/ "\n> ', value: '"', text: 'https://ok.example/ " "' },
    {
      before: '[see](https://ok.example/ "a\nb\n',
      value: '")',
      text: '[see](https://ok.example/ "a b ")',
    },
  ])('shows $value as text after $before', async ({ before, value, text }) => {
    await expectEverywhere([before, value], { text, notInHtml: /title=/ });
  });

  it('is a checked address where the definition leaves its destination to the value', async () => {
    // Word links only to full web and mail addresses, so it makes no link of these at all.
    const before = 'See [the policy][ref].\n\n[ref]: ';
    for (const mode of MODES) {
      expect(hrefs(previewHtml(renderValue(before, '', 'javascript:alert(1)', mode)))).toEqual([
        '#',
      ]);
      expect(hrefs(previewHtml(renderValue(before, '', 'a b<c>', mode)))).toEqual(['a%20b%3Cc%3E']);
    }
    const word = await wordOf(renderValue(before, '', 'javascript:alert(1)', 'export'));
    expect(word.links.filter((href) => /javascript/i.test(href))).toEqual([]);
    expect(word.text).toContain('See the policy.');
  });
});

describe('a value that would finish the syntax the template starts', () => {
  // Found by the sweep (seed 15): a leading ':' after `[label]` made the line a definition.
  it.each([
    { before: '[^1]', value: ':!', text: '[^1]:!' },
    // Seed 21: a leading '(' after the template's `[^1]` made it a link.
    { before: '[^1]', value: '(https://evil.example)', text: '[^1](https://evil.example)' },
    {
      before: 'See [the policy][ref].\n\n[ref]',
      value: ': https://evil.example',
      text: '[ref]: https://evil.example',
    },
  ])('keeps $text a visible line, not a reference definition', async ({ before, value, text }) => {
    await expectEverywhere([before, value], { links: [], text });
  });

  // Found by the sweep (seeds 16 and 40): inside an HTML block or comment the value after the
  // template's `<` named a tag (`<s ...>` struck the rest out, `<h1` made a heading).
  it.each([
    { before: '<div>\n<', value: 'S', after: ' class="x">struck</s>', tag: /<s[\s>]/i },
    { before: '<b>\n    <', value: 'S[click](https://evil.example)', after: '', tag: /<s[\s>&]/i },
    { before: '<!-- <', value: 'h1', after: '>Title', tag: /<h1/i },
  ])(
    "names no tag after the template's < in raw HTML ($value)",
    async ({ before, value, after, tag }) => {
      await expectEverywhere([before, value, after], { links: [], notInHtml: tag });
    },
  );
});

describe('a value in raw HTML the template writes', () => {
  // Found by the sweep (seed 57): in a comment the template never closes, a browser (so the
  // preview) shows nothing to the end of the block, while Word printed the comment's text with
  // the value's line breaks read as line breaks.
  const hostile = '!\n\n[click](https://evil.example)';

  it('stays inside a comment the template leaves open, shown by neither output', async () => {
    const markdown = renderValue('<!-- ', '', hostile, 'export');
    // Only character references: nothing in the value can close the comment or start a block.
    expect(markdown).toMatch(/^<!-- (&#\d+;|[A-Za-z0-9])+$/);
    const word = await expectEverywhere(['<!-- ', hostile], { links: [], notInHtml: /-->|<a/ });
    expect(word.text).not.toMatch(/click|<!--/);
  });

  it.each(['<div>\n', '<!-- -->\n<div>\n', '<p>Run by '])(
    'reads as its own text on one line in an HTML block (%j)',
    async (before) => {
      const word = await expectEverywhere([before, hostile, '\n</div>\n'], {
        links: [],
        text: '! [click](https://evil.example)',
        notInHtml: /<a/,
      });
      expect(word.text).not.toMatch(/<\/?(div|p)/);
    },
  );
});

describe("a value right after the template's own bare address", () => {
  const value = '[x](https://evil.example) *a* 1.5\\2';
  const cases = [
    {
      before: 'See https://ok.example/',
      href: 'https://ok.example/',
      shown: 'https://ok.example/',
    },
    { before: 'See https://ok.example.', href: 'https://ok.example', shown: 'https://ok.example' },
    { before: 'Visit www.ok.example', href: 'http://www.ok.example', shown: 'www.ok.example' },
    {
      before: 'Write to help@ok.example',
      href: 'mailto:help@ok.example',
      shown: 'help@ok.example',
    },
  ];

  it.each(cases)('reads as plain text after $shown', async ({ before, href, shown }) => {
    for (const mode of MODES) {
      expect(linkTexts(previewHtml(renderValue(before, ' now', value, mode)))).toEqual([shown]);
    }
    const word = await expectEverywhere([before, value, ' now'], {
      links: [href],
      text: `${value} now`,
    });
    expect(word.text).not.toContain('\\[');
  });

  // Found by the sweep (seed 13): in a table cell GFM ends the address before `(`, and the value
  // after it ran the address on, its escapes shown as backslashes.
  it('reads as plain text after an address that ends before it in a table cell', async () => {
    const before = '| a | b |\n| --- | --- |\n| ](https://ok.example/](';
    for (const mode of MODES) {
      expect(hrefs(previewHtml(renderValue(before, ' now', value, mode)))).toEqual([
        'https://ok.example/%5D',
      ]);
    }
    const word = await expectEverywhere([before, value, ' now'], { text: `(${value} now` });
    expect(word.links).toHaveLength(1);
    expect(word.links[0]).not.toContain('evil');
  });

  // Found by the sweep (seed 45): an '@' of the value moved the template's mailto address to
  // another domain.
  it.each([
    { before: '<mailto:', after: '@ok.example>', href: 'mailto:m%40evil.example@ok.example' },
    {
      before: '[write](mailto:',
      after: '@ok.example)',
      href: 'mailto:m%40evil.example@ok.example',
    },
    { before: '<https://ok.example/', after: '>', href: 'https://ok.example/m%40evil.example' },
  ])(
    'keeps the mailbox or host the template wrote before it ($before)',
    async ({ before, after, href }) => {
      await expectEverywhere([before, 'm@evil.example', after], { links: [href] });
    },
  );

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
      await expectEverywhere(['', value, after], { links: [], text: `${value}${after}` });
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

  it.each(MODES)('prints the value itself in the %s', (mode) => {
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
