import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { createBackend } from '../backend/compose';
import { callApi } from '../backend/cli/call';
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

/** About 30 Word pages: the ten-page policy's Markdown three times, as one customer file. */
const thirtyPageDocx = async (dir: string, policyId: string): Promise<Uint8Array> => {
  const { dispatch } = createBackend({ clock: BENCH_CLOCK });
  const { markdown } = await callApi(dispatch, 'documents.render', { dir, id: policyId });
  const body = [1, 2, 3].map(() => markdown).join('\n\n<!-- pagebreak -->\n\n');
  return buildDocx(sampleInput({ markdown: body, title: 'Thirty-page policy' }));
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
  await callApi(createBackend({ clock: BENCH_CLOCK }).dispatch, 'workspace.create', {
    dir: blank,
    from: 'blank',
  });
  const file = join(temp, 'thirty-pages.docx');
  const docx = await thirtyPageDocx(dir, policyId);
  await writeFile(file, docx);
  const imported = timeIsms(runs, ['import', blank, file]);
  return [
    proc('`isms export ID --out x.pdf`, 10-page policy (process)', onePdf),
    proc('`isms export --all --format pdf`, demo (process)', allPdf),
    proc('`isms import`, 30-page .docx (process)', imported),
    figure('Size of the 30-page .docx', `${Math.round(docx.length / 1024)} KB`),
  ];
};
