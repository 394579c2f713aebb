import { cp, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createBackend } from '../backend/compose';
import { callApi } from '../backend/cli/call';
import { BENCH_CLOCK, makeTenPagePolicy, runCoreBench, timeList } from './core-bench';
import { growWorkspace } from './large-workspace';
import { timePacks } from './pack-bench';
import { publishingRows } from './publishing-bench';
import { registerRows } from './register-bench';
import { hasPandoc, timeIsms, timePandoc, type ProcessSample } from './process-bench';
import { figure, formatMs, formatTable, timed, type Row } from './table';

// `npm run bench`: every speed and size figure in one table. Not a test: nothing here fails on
// a slow machine; the targets are printed beside the figures for a person to judge.
// Options: --core-only (no browser), --runs N (whole-process runs, default 5).

const argValue = (name: string): string | undefined => {
  const at = process.argv.indexOf(name);
  return at === -1 ? undefined : process.argv[at + 1];
};
const RUNS = Number(argValue('--runs') ?? 5);

const cpu = (s: ProcessSample) => (s.cpu ? `CPU ${formatMs(s.cpu.median)}` : '');
const proc = (what: string, s: ProcessSample, target: string, more = '') =>
  timed(what, s.wall, target, [cpu(s), more].filter(Boolean).join(', '));

const processRows = async (dir: string, large: string, temp: string): Promise<Row[]> => {
  const out = join(temp, 'exports');
  const kept = join(temp, 'result-cache');
  const help = timeIsms(RUNS, ['--help']);
  const exportAll = timeIsms(RUNS, ['export', dir, '--all', '--out', out]);
  const exportAgain = timeIsms(RUNS, ['export', dir, '--all', '--out', out], [0], kept);
  const check = timeIsms(RUNS, ['check', dir], [0, 1]);
  const checkAgain = timeIsms(RUNS, ['check', dir], [0, 1], kept);
  const checkLarge = timeIsms(RUNS, ['check', large], [0, 1]);
  const checkLargeAgain = timeIsms(RUNS, ['check', large], [0, 1], kept);
  const rss = (s: ProcessSample) => (s.peakRssMb === null ? '' : `peak RSS ${s.peakRssMb} MB`);
  const rows = [
    proc('`isms --help` (process)', help, '150 ms'),
    proc(
      '`isms export --all`, demo, all work (process)',
      exportAll,
      '1.5 s, 300 MB',
      rss(exportAll),
    ),
    proc('`isms export --all`, demo, again (results kept)', exportAgain, '1.5 s', rss(exportAgain)),
  ];
  if (hasPandoc()) {
    const { dispatch } = createBackend({ clock: BENCH_CLOCK });
    const pandoc = await timePandoc(RUNS, dispatch, dir, temp);
    const ratio = (pandoc.wall.median / exportAll.wall.median).toFixed(1);
    const ratioAgain = (pandoc.wall.median / exportAgain.wall.median).toFixed(1);
    rows.push(proc('pandoc, the same filled documents (processes)', pandoc, ''));
    rows.push(
      figure('pandoc time / `isms export --all` time, all work', `${ratio}x`, 'at least 8x'),
    );
    rows.push(figure('pandoc time / `isms export --all` time, again', `${ratioAgain}x`));
  } else {
    rows.push(figure('pandoc comparison', 'skipped: pandoc is not on the PATH'));
  }
  rows.push(proc('`isms check`, demo, all work (process)', check, '300 ms'));
  rows.push(proc('`isms check`, demo, again (results kept)', checkAgain, '300 ms'));
  rows.push(proc('`isms check`, 500 documents, all work (process)', checkLarge, '1 s'));
  rows.push(proc('`isms check`, 500 documents, again (results kept)', checkLargeAgain, '1 s'));
  const packs = await timePacks(dir, temp, Math.min(RUNS, 3));
  rows.push(proc('`isms pack --include-drafts`, demo (process)', packs.demo, 'about 1 s'));
  rows.push(proc('`isms pack --include-drafts`, 200 documents (process)', packs.large, ''));
  return rows;
};

const main = async () => {
  console.log(`ISMS Workbench benchmarks (whole processes: ${RUNS} runs after a warm-up)\n`);
  const temp = await mkdtemp(join(tmpdir(), 'isms-bench-'));
  try {
    const dir = join(temp, 'demo');
    await callApi(createBackend({ clock: BENCH_CLOCK }).dispatch, 'workspace.create', {
      dir,
      from: 'demo',
    });
    const large = join(temp, 'large');
    await cp(dir, large, { recursive: true });
    await growWorkspace(large, 500);
    const processes = await processRows(dir, large, temp);
    const policyId = await makeTenPagePolicy(dir);
    const core = await runCoreBench(dir, policyId);
    const largeList = await timeList(large, 5);
    const rows: Row[] = [
      ...processes,
      timed('documents.list, demo (new backend)', core.listCold, '300 ms'),
      timed('documents.list, demo (again, same backend)', core.listWarm),
      timed('documents.list, 500 documents (new backend)', largeList.cold, '1 s'),
      timed('documents.list, 500 documents (again)', largeList.warm),
      timed('Render a 10-page policy (Markdown)', core.renderTenPages),
      timed('Export a 10-page policy (render + Word), warm', core.exportTenPages, '15 ms'),
      timed(`Export the demo, per document, warm`, core.demoPerDocument),
      ...(await publishingRows(dir, policyId, temp, RUNS)),
      ...(await registerRows()),
      ...(process.argv.includes('--core-only') ? [] : await browserRows()),
    ];
    console.log(formatTable(rows));
  } finally {
    await rm(temp, { recursive: true, force: true });
  }
};

const browserRows = async (): Promise<Row[]> => {
  const { browserBenchRows } = await import('./browser-bench');
  return [...(await browserBenchRows()), ...(await registerScrollRows())];
};

const registerScrollRows = async (): Promise<Row[]> => {
  const { runRegisterScrollBench } = await import('./register-scroll-bench');
  const bench = await runRegisterScrollBench();
  if ('skipped' in bench) return [figure('Risk table scrolling', `skipped: ${bench.skipped}`)];
  const { scroll, idle } = bench;
  return [
    figure(`Scroll the risk table, ${bench.risks} risks, Chromium`, `${scroll.fps} fps`, '60 fps'),
    figure(
      'Risk table frame time, median / 95th percentile',
      `${scroll.frameMedianMs} / ${scroll.frameP95Ms} ms (load ${bench.load})`,
      '16.7 ms',
    ),
    figure('Same page, nothing scrolling (what the machine allows)', `${idle.fps} fps`),
  ];
};

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
