import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { createBackend } from '../backend/compose';
import { callApi } from '../backend/cli/call';
import { createBenchWorkspace } from './bench-workspace';
import { planPages } from '../backend/pdf/render-pdf';
import { buildDocx } from '../core/docx/build-docx';
import { sampleInput } from '../core/docx/fixtures/sample-policy';
import { BENCH_CLOCK } from './core-bench';
import { timeIsms, type ProcessSample } from './process-bench';
import { figure, formatMs, timed, type Row } from './table';

const cpu = (s: ProcessSample) => (s.cpu ? `CPU ${formatMs(s.cpu.median)}` : '');
const proc = (what: string, s: ProcessSample, target = '') =>
  timed(
    what,
    s.wall,
    target,
    [cpu(s), s.peakRssMb ? `peak RSS ${s.peakRssMb} MB` : ''].filter(Boolean).join(', '),
  );

/** Pages of a written PDF (its page objects), or why it could not be read. */
const pdfPages = async (file: string): Promise<string> => {
  try {
    const text = (await readFile(file)).toString('latin1');
    return `${text.match(/\/Type\s*\/Page(?![s\w])/g)?.length ?? 0} pages`;
  } catch {
    return `not written (${file})`;
  }
};

/** The page count the import fixture aims at (Word and the PDF layout plan pages alike). */
const TARGET_PAGES = 30;

/** A body cut into its top-level sections, so a prefix is still well-formed Markdown. */
const sections = (markdown: string): string[] => markdown.split(/\n(?=#{1,2} )/);

/**
 * About 30 Word pages as one customer file: whole sections of the ten-page policy, as few as
 * give 30 pages (the page count planned by the same layout that numbers the Word contents; three
 * whole copies came to 60 pages in LibreOffice).
 */
const thirtyPageDocx = async (
  dir: string,
  policyId: string,
): Promise<{ docx: Uint8Array; pages: number }> => {
  const { dispatch } = createBackend({ clock: BENCH_CLOCK });
  const { markdown } = await callApi(dispatch, 'documents.render', { dir, id: policyId });
  const parts = [1, 2, 3].flatMap(() => sections(markdown));
  const input = (count: number) =>
    sampleInput({ markdown: parts.slice(0, count).join('\n'), title: 'Thirty-page policy' });
  // The fewest sections that reach the target: pages only grow as sections are added.
  let low = 1;
  let high = parts.length;
  while (low < high) {
    const mid = Math.floor((low + high) / 2);
    if (planPages(input(mid)).total >= TARGET_PAGES) high = mid;
    else low = mid + 1;
  }
  const chosen = input(low);
  const pages = planPages(chosen);
  return { docx: await buildDocx({ ...chosen, pages }), pages: pages.total };
};

/**
 * PDF export and Word import as a user runs them, whole `isms` processes: the PDF of the
 * ten-page policy and of every demo document, and the import of a 30-page .docx.
 */
export const publishingRows = async (
  dir: string,
  policyId: string,
  temp: string,
  runs: number,
): Promise<Row[]> => {
  const onePdf = timeIsms(runs, ['export', dir, policyId, '--out', join(temp, 'policy.pdf')]);
  const allPdf = timeIsms(Math.min(runs, 3), [
    'export',
    dir,
    '--all',
    '--format',
    'pdf',
    '--out',
    join(temp, 'pdf'),
  ]);
  const blank = join(temp, 'import-target');
  await createBenchWorkspace(blank, 'blank');
  const file = join(temp, 'thirty-pages.docx');
  const { docx, pages } = await thirtyPageDocx(dir, policyId);
  await writeFile(file, docx);
  const imported = timeIsms(runs, ['import', blank, file]);
  return [
    figure("The 10-page policy's PDF", await pdfPages(join(temp, 'policy.pdf'))),
    proc('`isms export ID --out x.pdf`, 10-page policy (process)', onePdf),
    proc('`isms export --all --format pdf`, demo (process)', allPdf),
    proc('`isms import`, 30-page .docx (process)', imported),
    figure('The import .docx', `${pages} pages, ${Math.round(docx.length / 1024)} KB`),
  ];
};
