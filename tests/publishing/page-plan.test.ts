import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { sharedMeasure } from '../../backend/pdf/fonts';
import {
  SAMPLE_POLICY_MARKDOWN,
  sampleInput,
  sampleLogo,
} from '../../core/docx/fixtures/sample-policy';
import { DEFAULT_BRANDING } from '../../core/publish/branding';
import { layoutPdf, pagePlan, planLayout } from '../../core/pdf/layout';
import type { Measure } from '../../core/pdf/types';
import type { DocxInput } from '../../core/docx/types';

// The Word contents and footer carry the page numbers of a plan made without drawing anything;
// the PDF draws every page. Both must break the pages in the same places.

const wideTable = [
  '| Risk | Title | Owner | Current risk | Treatment | Controls | Due date |',
  '| --- | --- | --- | --- | --- | --- | --- |',
  ...Array.from(
    { length: 30 },
    (_, i) =>
      `| R-${i} | Customer data exposed through storage bucket ${i} | Daniel Reyes | 12 (Medium) | Modify | 5.23, 8.9 | 2026-03-31 |`,
  ),
].join('\n');

const BODIES: Record<string, string> = {
  'the sample policy': SAMPLE_POLICY_MARKDOWN,
  'three copies with page breaks': [1, 2, 3]
    .map((n) => SAMPLE_POLICY_MARKDOWN.replace(/^# /gm, `# Part ${n}: `))
    .join('\n\n<!-- pagebreak -->\n\n'),
  'a wide register on landscape pages': `# Purpose\n\nText.\n\n# Register\n\n${wideTable}\n\n# Review\n\nMonthly.`,
  'a landscape block first': `<!-- landscape -->\n\n${wideTable}\n\n<!-- end landscape -->\n\n# After\n\nText.`,
  'many short headings': Array.from({ length: 90 }, (_, i) => `## Heading ${i}\n\nLine ${i}.`).join(
    '\n\n',
  ),
  'an empty body': '',
};

/** A measure with no cached text flow behind it: the same widths under a new identity. */
const freshMeasure = (input?: DocxInput): Measure => {
  const shared = sharedMeasure(input?.branding);
  return (text, font, size) => shared(text, font, size);
};

describe('page planning for the Word contents', () => {
  for (const [name, markdown] of Object.entries(BODIES)) {
    it(`plans the same pages as the drawn PDF layout: ${name}`, () => {
      const input = sampleInput({ markdown, incomplete: true });
      const drawn = pagePlan(layoutPdf(input, freshMeasure()));
      expect(planLayout(input, freshMeasure())).toEqual(drawn);
      // Planned again with text flow already kept from the first plan: still the same.
      const measure = freshMeasure();
      planLayout(input, measure);
      expect(planLayout(input, measure)).toEqual(drawn);
      expect(drawn.total).toBeGreaterThan(1);
    });
  }

  it('keeps text flow per palette: a branded layout is not answered from the default one', () => {
    const input = sampleInput({ markdown: BODIES['three copies with page breaks']! });
    const branding = { ...DEFAULT_BRANDING, colour: '7A1F5C' };
    const measure = freshMeasure();
    const plain = layoutPdf(input, measure);
    const branded = layoutPdf(input, measure, { branding });
    const colours = (layout: typeof plain) =>
      new Set(
        layout.pages.flatMap((p) => p.ops.flatMap((op) => ('colour' in op ? [op.colour] : []))),
      );
    expect([...colours(branded)].some((c) => !colours(plain).has(c))).toBe(true);
    expect(layoutPdf(input, freshMeasure(), { branding })).toEqual(branded);
  });
});

// Plans are kept per measure by their whole input (core/pdf/plan-cache.ts). A random walk of
// edits to the body, the front matter, the logo and the branding, with returns to earlier
// inputs, must plan at every step what a measure that keeps nothing plans. Fixed seeds.
const piece = fc.constantFrom(
  'More words to push the text onto another line and perhaps another page.',
  '\n\n## A new heading\n\nText.',
  '\n\n<!-- pagebreak -->\n\n# After a break',
  `\n\n${wideTable}`,
  '\n\n- a\n- b\n  - c',
  '<&>"\' \u0000 \uD800 👩🏽‍💻 {{ x | date }}',
  '',
);
type Step = ((input: DocxInput) => DocxInput) | 'back';
const step: fc.Arbitrary<Step> = fc.oneof(
  fc.tuple(fc.nat(), piece).map(([at, text]) => (input: DocxInput) => {
    const cut = at % (input.markdown.length + 1);
    return { ...input, markdown: input.markdown.slice(0, cut) + text + input.markdown.slice(cut) };
  }),
  piece.map((text) => (input: DocxInput) => ({ ...input, title: `${input.title} ${text}` })),
  fc.constantFrom<Step>(
    (input) => ({ ...input, incomplete: !input.incomplete }),
    (input) => ({
      ...input,
      revisions: [...input.revisions, { version: '9', date: 'd', author: 'a', description: 'x' }],
    }),
    (input) => ({ ...input, logo: input.logo ? null : sampleLogo(300, 300) }),
    (input) => ({ ...input, branding: { ...DEFAULT_BRANDING, coverLayout: 'minimal' } }),
    (input) => ({ ...input, branding: { ...DEFAULT_BRANDING, bodyFont: 'Georgia' } }),
    'back',
  ),
);

describe('kept page plans', () => {
  it('plan at every step of random edits what a measure keeping nothing plans', () => {
    const measures = new Map<string, Measure>();
    const kept = (input: DocxInput) => {
      const font = `${input.branding?.headingFont}/${input.branding?.bodyFont}`;
      if (!measures.has(font)) measures.set(font, freshMeasure(input));
      return measures.get(font)!;
    };
    const start = sampleInput({ markdown: BODIES['three copies with page breaks']! });
    for (const seed of [27001, 9001]) {
      fc.assert(
        fc.property(fc.array(step, { minLength: 3, maxLength: 8 }), (steps) => {
          const seen = [start];
          for (const s of steps) {
            const input = s === 'back' ? seen[0]! : s(seen.at(-1)!);
            seen.push(input);
            const options = input.branding ? { branding: input.branding } : {};
            expect(planLayout(input, kept(input), options)).toEqual(
              planLayout(input, freshMeasure(input), options),
            );
          }
        }),
        { numRuns: 12, seed },
      );
    }
  });
});
