import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { sharedMeasure } from '../../backend/pdf/fonts';
import { buildDocxNow, buildDocxUncached } from '../../core/docx/build-docx';
import { sampleInput } from '../../core/docx/fixtures/sample-policy';
import type { DocxInput } from '../../core/docx/types';
import { DEFAULT_BRANDING } from '../../core/publish/branding';
import { layoutPdf, planLayout } from '../../core/pdf/layout';
import type { Measure } from '../../core/pdf/types';

// An export after an edit reuses the unchanged top-level blocks: their laid-out lines for the
// page plan (core/pdf/block-slices.ts) and their written XML for the Word body
// (core/docx/direct/reused-blocks.ts). A random walk of hostile edits (blocks inserted, removed,
// replaced, duplicated and edited, headings, links and lists moving the numbers after them, and
// returns to earlier bodies) must give at every step the bytes and the pages of a build that
// reuses nothing. Fixed seeds, so a failure repeats.

const hostile = fc.constantFrom(
  'plain words that wrap onto another line when there are enough of them on the line',
  '<&>"\' ]]> &amp; &bogus;',
  'bell\u0007 nul\u0000 lone \uD800 emoji 👩🏽‍💻 עברית',
  '{{ liquid }} and {braces} and {bullet-1}',
  'x'.repeat(400),
);
const text = fc.oneof(hostile, fc.stringMatching(/^[A-Za-z0-9 ,.;:()'-]{1,30}$/));
const oneLine = text.map((s) => s.replace(/[\r\n[\]|]+/g, ' ').trim() || 'word');

const block = fc.oneof(
  fc
    .tuple(fc.integer({ min: 1, max: 4 }), oneLine)
    .map(([depth, t]) => `${'#'.repeat(depth)} ${t}`),
  oneLine,
  oneLine.map((t) => `${t} [a link](https://example.org/${t.length}) and [another](mailto:x@y.z)`),
  oneLine.map((t) => `See [the reference][ref] about ${t}.`),
  fc.constantFrom('[ref]: https://example.org/defined', '[ref]: https://example.org/other'),
  oneLine.map((t) => `- ${t}\n- second\n  1. nested\n  2. [link](https://example.org/n)`),
  fc
    .tuple(fc.integer({ min: 0, max: 4 }), oneLine)
    .map(([start, t]) => `${start}. ${t}\n${start + 1}. next`),
  oneLine.map((t) => `- [x] done ${t}\n- [ ] open`),
  oneLine.map((t) => `The table below lists ${t}:\n\n| A | B |\n| --- | ---: |\n| ${t} | 2 |`),
  oneLine.map(
    (t) =>
      `| ${Array.from({ length: 8 }, (_, i) => `Column ${i}`).join(' | ')} |\n|${' --- |'.repeat(8)}\n| ${Array.from({ length: 8 }, () => t).join(' | ')} |`,
  ),
  oneLine.map((t) => `> ## Quoted heading ${t}\n> - quoted item [q](https://example.org/q)`),
  oneLine.map((t) => `\`\`\`\n${t}\n\tindented\n\`\`\``),
  fc.constantFrom(
    '---',
    '<!-- pagebreak -->',
    '<!-- landscape -->',
    '<!-- end landscape -->',
    '<!-- portrait -->',
    '<div>Block <b>html</b></div>',
  ),
);

type Edit = (blocks: readonly string[]) => string[];
const at = (blocks: readonly string[], n: number) => n % Math.max(blocks.length, 1);
const spliced = (blocks: readonly string[], from: number, remove: number, ...add: string[]) => {
  const copy = [...blocks];
  copy.splice(from, remove, ...add);
  return copy;
};
const edit: fc.Arbitrary<Edit | 'back'> = fc.oneof(
  fc.tuple(fc.nat(), block).map(
    ([n, b]): Edit =>
      (bs) =>
        spliced(bs, at(bs, n), 0, b),
  ),
  fc.tuple(fc.nat(), block).map(
    ([n, b]): Edit =>
      (bs) =>
        spliced(bs, at(bs, n), 1, b),
  ),
  fc.nat().map(
    (n): Edit =>
      (bs) =>
        spliced(bs, at(bs, n), 1),
  ),
  fc.nat().map(
    (n): Edit =>
      (bs) =>
        spliced(bs, at(bs, n), 0, bs[at(bs, n)] ?? ''),
  ),
  fc.tuple(fc.nat(), oneLine).map(
    ([n, t]): Edit =>
      (bs) =>
        bs.map((b, i) => (i === at(bs, n) ? `${b} ${t}` : b)),
  ),
  fc.constant<'back'>('back'),
);

const inputFor = (blocks: readonly string[], paged: boolean, bodyFont: string): DocxInput =>
  sampleInput({
    markdown: blocks.join('\n\n'),
    branding: { ...DEFAULT_BRANDING, bodyFont },
    ...(paged ? { pages: { headings: [3, 3, 4, 7, 12, 12, 15], total: 16 } } : {}),
  });

/** A measure with nothing kept behind it: the same widths under a new identity. */
const freshMeasure = (input: DocxInput): Measure => {
  const shared = sharedMeasure(input.branding);
  return (t, font, size) => shared(t, font, size);
};

const walk = (
  check: (input: DocxInput) => Promise<void>,
  { seeds, runs }: { seeds: number[]; runs: number },
) =>
  seeds.reduce(
    (done, seed) =>
      done.then(() =>
        fc.assert(
          fc.asyncProperty(
            fc.array(block, { minLength: 4, maxLength: 12 }),
            fc.array(edit, { minLength: 3, maxLength: 7 }),
            fc.boolean(),
            fc.constantFrom('Calibri', 'Georgia'),
            async (start, edits, paged, font) => {
              const seen = [start];
              await check(inputFor(start, paged, font));
              for (const e of edits) {
                const blocks = e === 'back' ? seen[0]! : e(seen.at(-1)!);
                seen.push(blocks);
                await check(inputFor(blocks, paged, font));
              }
            },
          ),
          { numRuns: runs, seed },
        ),
      ),
    Promise.resolve(),
  );

describe('blocks reused after an edit', () => {
  it('write the Word file byte for byte as a build reusing nothing', { timeout: 600_000 }, () =>
    walk(
      async (input) => {
        const [reused, fresh] = await Promise.all([buildDocxNow(input), buildDocxUncached(input)]);
        expect(Buffer.compare(Buffer.from(reused), Buffer.from(fresh))).toBe(0);
      },
      { seeds: [27001, 42], runs: 12 },
    ),
  );

  it('plan and draw the pages a layout keeping nothing gives', { timeout: 600_000 }, () => {
    const kept = new Map<string, Measure>();
    return walk(
      (input) => {
        const font = input.branding?.bodyFont ?? '';
        if (!kept.has(font)) kept.set(font, freshMeasure(input));
        const options = { branding: input.branding! };
        expect(planLayout(input, kept.get(font)!, options)).toEqual(
          planLayout(input, freshMeasure(input), options),
        );
        expect(layoutPdf(input, kept.get(font)!, options)).toEqual(
          layoutPdf(input, freshMeasure(input), options),
        );
        return Promise.resolve();
      },
      { seeds: [27001, 9001], runs: 10 },
    );
  });
});
