import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildDocx, buildDocxUncached } from './build-docx';
import { sampleInput, sampleLogo } from './fixtures/sample-policy';
import type { DocxInput } from './types';
import { DEFAULT_BRANDING } from '../publish/branding';

// Word files are kept by their whole input (kept-files.ts), under the bodies and packages kept
// below them. A random walk of edits, with returns to earlier inputs so that kept files are hit,
// must give at every step the bytes of a build that keeps nothing. Fixed seeds.

const hostile = fc.constantFrom(
  '<&>"\'',
  ']]>',
  'bell\u0007 nul\u0000',
  'lone \uD800 high',
  'emoji 👩🏽‍💻',
  '\uE000isms-body-0\uE000',
  '\u00011\u0001',
  '{{ v }} | date',
  '- item',
  '# Heading',
  '| a | b |\n| - | - |\n| 1 | 2 |',
  '[link](https://example.org/?a=1&b=2)',
  '',
);
const text = fc.oneof(hostile, fc.string({ maxLength: 12 }));
const BASE = sampleInput({ pages: { headings: [3, 3, 4], total: 6 } });
const LOGO = sampleLogo();
/** The same size, one byte of the image data different. */
const otherLogo = () => {
  const data = LOGO.data.slice();
  const at = data.length - 20;
  data[at] = (data[at] ?? 0) ^ 0xff;
  return { ...LOGO, data };
};

type Edit = (input: DocxInput) => DocxInput;
const edit: fc.Arbitrary<Edit | 'back'> = fc.oneof(
  fc.tuple(fc.nat(), text).map(([at, t]): Edit => (input) => {
    const paragraphs = input.markdown.split('\n\n');
    const i = at % paragraphs.length;
    paragraphs[i] = `${paragraphs[i]} ${t}`;
    return { ...input, markdown: paragraphs.join('\n\n') };
  }),
  text.map((t): Edit => (input) => ({ ...input, title: t })),
  fc.constantFrom<Edit>(
    (input) => ({ ...input, logo: input.logo ? null : LOGO }),
    (input) => ({ ...input, logo: otherLogo() }),
    (input) => ({ ...input, branding: { ...DEFAULT_BRANDING, colour: '7A1F5C' } }),
    (input) => ({ ...input, branding: { ...DEFAULT_BRANDING, bodyFont: 'Georgia' } }),
    (input) => ({ ...input, incomplete: !input.incomplete }),
    (input) => ({ ...input, timestamp: new Date(input.timestamp.getTime() + 1000) }),
  ),
  fc
    .tuple(
      fc.array(fc.integer({ min: 1, max: 40 }), { maxLength: 4 }),
      fc.integer({ min: 1, max: 40 }),
    )
    .map(([headings, total]): Edit => (input) => ({ ...input, pages: { headings, total } })),
  fc.constant<'back'>('back'),
);

describe('Word files kept by their input', () => {
  it(
    'are at every step of random edits the bytes of a build that keeps nothing',
    { timeout: 600_000 },
    async () => {
      for (const seed of [27001, 9001]) {
        await fc.assert(
          fc.asyncProperty(fc.array(edit, { minLength: 4, maxLength: 8 }), async (edits) => {
            const seen: DocxInput[] = [BASE];
            for (const step of edits) {
              const input = step === 'back' ? seen[0]! : step(seen.at(-1)!);
              seen.push(input);
              const kept = await buildDocx(input);
              kept.fill(0, 0, 4); // A caller may spoil its copy; the kept file must not change.
              const again = await buildDocx(input);
              expect(
                Buffer.compare(Buffer.from(again), Buffer.from(await buildDocxUncached(input))),
              ).toBe(0);
            }
          }),
          { numRuns: 6, seed },
        );
      }
    },
  );
});
