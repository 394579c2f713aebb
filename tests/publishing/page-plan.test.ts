import { describe, expect, it } from 'vitest';
import { sharedMeasure } from '../../backend/pdf/fonts';
import { SAMPLE_POLICY_MARKDOWN, sampleInput } from '../../core/docx/fixtures/sample-policy';
import { DEFAULT_BRANDING } from '../../core/publish/branding';
import { layoutPdf, pagePlan, planLayout } from '../../core/pdf/layout';
import type { Measure } from '../../core/pdf/types';

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
const freshMeasure = (): Measure => {
  const shared = sharedMeasure();
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
