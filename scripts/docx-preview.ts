/**
 * Builds sample Word documents into a folder (default /tmp/docx-preview) for a visual check:
 *   npx tsx scripts/docx-preview.ts [outDir]
 *   soffice --headless --convert-to pdf --outdir <outDir> <outDir>/*.docx
 *   pdftoppm -png -r 60 <outDir>/sample.pdf <outDir>/sample
 * Also prints how long a ~10-page policy takes to build.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
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

/** A built-in template with its Liquid crudely removed: real prose and tables at real length. */
const templateBody = (file: string): string | null => {
  if (!existsSync(file)) return null;
  return readFileSync(file, 'utf8')
    .replace(/^---[\s\S]*?\n---\n/, '')
    .replace(/\{%[\s\S]*?%\}/g, '')
    .replace(/\{\{[\s\S]*?\}\}/g, 'Example value');
};

const longPolicy =
  templateBody('templates/incident-management-procedure.md') ??
  Array.from({ length: 3 }, () => SAMPLE_POLICY_MARKDOWN).join('\n\n');

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

const timings: number[] = [];
for (let i = 0; i < 30; i++) {
  const started = performance.now();
  await buildDocx(sampleInput({ markdown: longPolicy }));
  timings.push(performance.now() - started);
}
const [first = 0, ...rest] = timings;
rest.sort((a, b) => a - b);
const median = rest[Math.floor(rest.length / 2)] ?? 0;
console.log(`long policy: first build ${first.toFixed(1)} ms, median ${median.toFixed(1)} ms`);
