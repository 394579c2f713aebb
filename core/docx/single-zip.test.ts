import { Packer } from 'docx';
import { describe, expect, it } from 'vitest';
import { buildDocx, createWordDocument } from './build-docx';
import { normalisePackage } from './determinism';
import { sampleInput, sampleLogo } from './fixtures/sample-policy';
import type { DocxInput } from './types';

/** The pipeline before the single zip pass: docx's own zip, then unzip, normalise and zip again. */
const previousPipeline = async (input: DocxInput): Promise<Uint8Array> => {
  const { doc, overrides } = createWordDocument(input);
  return normalisePackage(await Packer.pack(doc, 'uint8array', false, overrides));
};

const LINKS_AND_LISTS = [
  '# Scope',
  '',
  'See [the portal](https://portal.example/x?a=1&b=2) and [mail](mailto:a@b.example).',
  '',
  '1. first',
  '2. second with **bold** and `code`',
  '',
  '- [ ] open task',
  '- [x] done task',
  '',
  '| Role | Holder |',
  '| --- | --- |',
  '| CISO | [Ana](https://people.example/ana) |',
  '',
  '> A quote',
  '',
  '<!-- pagebreak -->',
  '',
  '## Headings & more',
  '',
  'Text with <angle> brackets and "quotes" and an emoji 🙂.',
].join('\n');

describe('single-pass Word packaging', () => {
  const cases: [string, DocxInput][] = [
    ['the sample policy', sampleInput()],
    ['an incomplete draft with a logo', sampleInput({ incomplete: true, logo: sampleLogo() })],
    ['links, lists, tables and a page break', sampleInput({ markdown: LINKS_AND_LISTS })],
    ['an empty body', sampleInput({ markdown: '' })],
  ];

  it.each(cases)('writes the same bytes as the previous pipeline for %s', async (_name, input) => {
    const previous = await previousPipeline(input);
    // Another document in between moves docx's process-wide counters; the bytes must not move.
    await buildDocx(sampleInput({ markdown: '# Other\n\n[x](https://other.example)' }));
    expect(await buildDocx(input)).toEqual(previous);
  });
});
