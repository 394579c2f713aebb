/**
 * Builds sample Word documents into a folder (default /tmp/docx-preview) for a visual check:
 *   npx tsx scripts/docx-preview.ts [outDir]
 *   soffice --headless --convert-to pdf --outdir <outDir> <outDir>/*.docx
 *   pdftoppm -png -r 60 <outDir>/sample.pdf <outDir>/sample
 * Also prints how long a ~10-page policy takes to build.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildDocx } from '../core/docx/build-docx';
import { SAMPLE_POLICY_MARKDOWN, sampleInput } from '../core/docx/fixtures/sample-policy';

const outDir = process.argv[2] ?? '/tmp/docx-preview';
mkdirSync(outDir, { recursive: true });

const write = async (name: string, input: Parameters<typeof buildDocx>[0]): Promise<void> => {
  const bytes = await buildDocx(input);
  writeFileSync(join(outDir, name), bytes);
  console.log(`${join(outDir, name)}  ${bytes.length} bytes`);
};

const longPolicy = Array.from({ length: 3 }, () => SAMPLE_POLICY_MARKDOWN).join('\n\n');

await write('sample.docx', sampleInput());
await write(
  'draft.docx',
  sampleInput({
    incomplete: true,
    status: 'draft',
    logo: null,
    approvedAt: null,
    nextReviewDate: null,
    revisions: [],
  }),
);
await write('long.docx', sampleInput({ markdown: longPolicy }));

const runs = 20;
await buildDocx(sampleInput({ markdown: longPolicy }));
const started = performance.now();
for (let i = 0; i < runs; i++) await buildDocx(sampleInput({ markdown: longPolicy }));
console.log(`long policy: ${((performance.now() - started) / runs).toFixed(1)} ms per build`);
