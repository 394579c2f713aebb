import { cp, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { createBackend } from '../backend/compose';
import { createBenchWorkspace } from './bench-workspace';
import { BENCH_CLOCK, makeTenPagePolicy, runCoreBench, timeList } from './core-bench';
import { growWorkspace } from './large-workspace';
import { timePacks } from './pack-bench';
import { publishingRows } from './publishing-bench';
import { registerRows } from './register-bench';
import {
  blankWithEveryTemplate,
  hasPandoc,
  sampleRuns,
  timeIsms,
  timePandoc,
  type Kept,
  type ProcessSample,
} from './process-bench';
import { editAsTheApp, timeCheckAfterEdit } from './check-edit';
import { spawnSync } from 'node:child_process';
import { figure, formatMs, formatTable, timed, type Row } from './table';

// `npm run bench`: every speed and size figure in one table. Not a test: nothing here fails on
// a slow machine; the targets are printed beside the figures for a person to judge. Every row
// says the machine's load average when it was measured: on a shared machine wall times grow
// with it, CPU times much less.
// Options: --core-only (no browser), --runs N (whole-process runs, default 3), --all (also the
// packs, PDF export and import, and the 10,000-risk registers: several more minutes).

const argValue = (name: string): string | undefined => {
  const at = process.argv.indexOf(name);
  return at === -1 ? undefined : process.argv[at + 1];
};
const RUNS = Number(argValue('--runs') ?? 3);
const ALL = process.argv.includes('--all');

const load = () => loadavg()[0]!.toFixed(1);
const cpu = (s: ProcessSample) => (s.cpu ? `CPU ${formatMs(s.cpu.median)}` : '');
const rss = (s: ProcessSample) => (s.peakRssMb === null ? '' : `peak RSS ${s.peakRssMb} MB`);
const failed = (s: ProcessSample) => (s.failed ? `${s.failed} run(s) failed, left out` : '');
/** A whole-process row; `at` is the load average read as its runs finished. */
const proc = (what: string, s: ProcessSample, target: string, at: string) =>
  timed(what, s.wall, target, [cpu(s), rss(s), failed(s), `load ${at}`].filter(Boolean).join(', '));

type Measured = { sample: ProcessSample; at: string };
const measure = (task: () => ProcessSample): Measured => {
  const sample = task();
  return { sample, at: load() };
};

const exportRows = async (dir: string, temp: string): Promise<Row[]> => {
  const out = join(temp, 'exports');
  const kept = join(temp, 'kept');
  const args = ['export', dir, '--all', '--out', out];
  // A fresh copy of the demo exactly as `isms init --demo` makes it (its approved versions'
  // Word files stored beside their frozen records), and the same workspace as an earlier
  // version of the app left it (no stored Word files), whose approved copies are rebuilt.
  const fresh = join(temp, 'demo-fresh');
  await cp(dir, fresh, { recursive: true });
  const older = await withoutStoredWordFiles(dir, join(temp, 'demo-older'));
  const nothing = measure(() => timeIsms(RUNS, ['export', fresh, '--all', '--out', out]));
  // Several times longer than the rest (every approved copy is made again): one timed run.
  const olderRun = measure(() => timeIsms(1, ['export', older, '--all', '--out', out]));
  // A new customer's first export: every document a draft, all made on the workers.
  const blank = blankWithEveryTemplate(join(temp, 'blank-every-template'));
  const blankRun = measure(() => timeIsms(1, ['export', blank, '--all', '--out', out]));
  const widths = measure(() => timeIsms(RUNS, args, [0], { keep: 'widths', dir: kept }));
  const again = measure(() => timeIsms(RUNS, args, [0], { keep: 'results', dir: kept }));
  const peak = (m: Measured) => (m.sample.peakRssMb === null ? 'n/a' : `${m.sample.peakRssMb} MB`);
  const rows = [
    proc(
      '`isms export --all`, a fresh copy of the demo as `isms init --demo` makes it (approved Word files stored), nothing kept: what a user gets first',
      nothing.sample,
      '1.5 s',
      nothing.at,
    ),
    figure('  peak resident memory of that export', peak(nothing), '300 MB'),
    proc(
      '`isms export --all`, the demo as an older version left it (no stored approved Word files), nothing kept, 1 run',
      olderRun.sample,
      '',
      olderRun.at,
    ),
    figure('  peak resident memory of that export', peak(olderRun), '300 MB'),
    proc(
      '`isms export --all`, a blank workspace with every built-in template added (all drafts), nothing kept, 1 run',
      blankRun.sample,
      '',
      blankRun.at,
    ),
    figure('  peak resident memory of that export', peak(blankRun), '300 MB'),
    proc(
      '`isms export --all`, demo, results off (ISMS_RESULT_CACHE=0), word widths and checked records kept',
      widths.sample,
      '1.5 s',
      widths.at,
    ),
    proc('`isms export --all`, demo, again (results kept)', again.sample, '', again.at),
  ];
  if (!hasPandoc())
    return [...rows, figure('pandoc comparison', 'skipped: pandoc is not on the PATH')];
  const { dispatch } = createBackend({ clock: BENCH_CLOCK });
  const pandocSample = await timePandoc(RUNS, dispatch, dir, temp);
  const pandoc: Measured = { sample: pandocSample, at: load() };
  const ratio = (m: Measured, by: 'wall' | 'cpu') => {
    const ours = by === 'wall' ? m.sample.wall.median : m.sample.cpu?.median;
    const theirs = by === 'wall' ? pandoc.sample.wall.median : pandoc.sample.cpu?.median;
    return ours && theirs ? `${(theirs / ours).toFixed(1)}x` : 'n/a';
  };
  return [
    ...rows,
    proc('pandoc, the same filled documents, one process each', pandoc.sample, '', pandoc.at),
    figure(
      'pandoc / `isms export --all`, fresh demo, nothing kept (wall; CPU)',
      `${ratio(nothing, 'wall')}; ${ratio(nothing, 'cpu')}`,
      'at least 8x',
    ),
    figure(
      'pandoc / `isms export --all`, results off, widths and checked records kept (wall; CPU)',
      `${ratio(widths, 'wall')}; ${ratio(widths, 'cpu')}`,
      'at least 8x',
    ),
    figure(
      'pandoc / `isms export --all`, again, results kept (wall; CPU)',
      `${ratio(again, 'wall')}; ${ratio(again, 'cpu')}`,
      'at least 8x',
    ),
  ];
};

/**
 * A copy of the demo as versions of the app before approvals stored their Word file left it:
 * no history/*.docx, and records without the file's hash or the paths their data was read from.
 */
const withoutStoredWordFiles = async (dir: string, target: string): Promise<string> => {
  await cp(dir, target, { recursive: true });
  const history = join(target, 'history');
  for (const name of await readdir(history)) {
    const file = join(history, name);
    if (name.endsWith('.docx')) await rm(file);
    if (!name.endsWith('.json')) continue;
    const record = JSON.parse(await readFile(file, 'utf8')) as Record<string, unknown>;
    for (const key of ['wordFile', 'reads', 'fillCheck']) delete record[key];
    await writeFile(file, `${JSON.stringify(record, null, 2)}\n`);
  }
  return target;
};

/** The first draft of a workspace: the document a bench run edits. */
const draftOf = async (dir: string): Promise<string> => {
  const { documents } = JSON.parse(await readFile(join(dir, 'workspace.json'), 'utf8')) as {
    documents: { id: string; status?: string }[];
  };
  return (documents.find((d) => d.status !== 'approved') ?? documents[0]!).id;
};

/**
 * A figure taken after one edit made as the app makes it (bench/check-edit.ts: the body and its
 * last-edited date in workspace.json) before each run, results kept otherwise.
 */
const afterAnEdit = async (
  dir: string,
  run: () => Parameters<typeof sampleRuns>[0][number],
): Promise<ProcessSample> => {
  const id = await draftOf(dir);
  const runs = [];
  for (let i = 0; i <= RUNS; i += 1) {
    await editAsTheApp(dir, id, Date.now() + i);
    const result = run();
    if (i > 0) runs.push(result); // The first is the warm-up.
  }
  return sampleRuns(runs);
};

const LIST_COLD = join(import.meta.dirname, 'list-cold.ts');

/**
 * The documents list as the app's first screen asks for it, in a new process with a new backend
 * (bench/list-cold.ts); its own wall and CPU figures of the call, not tsx's start-up.
 */
const listOnce = (dir: string, kept: Kept): Parameters<typeof sampleRuns>[0][number] => {
  const env = kept.keep === 'results' ? { ISMS_CACHE_DIR: kept.dir } : { ISMS_RESULT_CACHE: '0' };
  const result = spawnSync(process.execPath, ['--import', 'tsx', LIST_COLD, dir], {
    encoding: 'utf8',
    env: { ...process.env, ...env },
  });
  const line = /\{.*\}/.exec(result.stdout ?? '')?.[0];
  if (result.status !== 0 || !line) {
    return { wallMs: 0, cpuMs: null, rssKb: null, failed: `list-cold: ${result.stderr}` };
  }
  const { first } = JSON.parse(line) as { first: { wallMs: number; cpuMs: number } };
  return { wallMs: first.wallMs, cpuMs: first.cpuMs, rssKb: null };
};

const listRuns = (dir: string, kept: Kept): ProcessSample => {
  listOnce(dir, kept);
  return sampleRuns(Array.from({ length: RUNS }, () => listOnce(dir, kept)));
};

const checkAndListRows = async (dir: string, large: string, temp: string): Promise<Row[]> => {
  const kept = { keep: 'results', dir: join(temp, 'kept') } as const;
  const rows: Row[] = [];
  for (const [name, at, target] of [
    ['demo', dir, '300 ms'],
    ['500 documents', large, '1 s'],
  ] as const) {
    const nothing = measure(() => timeIsms(RUNS, ['check', at], [0, 1]));
    const unchanged = measure(() => timeIsms(RUNS, ['check', at], [0, 1], kept));
    const edited = await timeCheckAfterEdit(at, kept.dir, RUNS);
    const editedAt = edited.load;
    rows.push(proc(`\`isms check\`, ${name}, nothing kept`, nothing.sample, '', nothing.at));
    rows.push(proc(`\`isms check\`, ${name}, unchanged`, unchanged.sample, target, unchanged.at));
    rows.push(proc(`\`isms check\`, ${name}, after one edit`, edited, target, editedAt));
    const listUnchanged = listRuns(at, kept);
    const listUnchangedAt = load();
    const listEdited = await afterAnEdit(at, () => listOnce(at, kept));
    const listEditedAt = load();
    rows.push(
      proc(
        `documents.list, ${name}, new backend, unchanged`,
        listUnchanged,
        target,
        listUnchangedAt,
      ),
    );
    rows.push(
      proc(
        `documents.list, ${name}, new backend, after one edit`,
        listEdited,
        target,
        listEditedAt,
      ),
    );
  }
  return rows;
};

const processRows = async (dir: string, large: string, temp: string): Promise<Row[]> => {
  const help = measure(() => timeIsms(Math.max(RUNS, 10), ['--help']));
  const rows = [proc('`isms --help` (process)', help.sample, '150 ms', help.at)];
  rows.push(...(await exportRows(dir, temp)));
  rows.push(...(await checkAndListRows(dir, large, temp)));
  if (!ALL) return rows;
  const packs = await timePacks(dir, temp, Math.min(RUNS, 3));
  rows.push(proc('`isms pack --include-drafts`, demo (process)', packs.demo, 'about 1 s', load()));
  rows.push(proc('`isms pack --include-drafts`, 200 documents (process)', packs.large, '', load()));
  return rows;
};

const main = async () => {
  console.log(
    `ISMS Workbench benchmarks (whole processes: ${RUNS} runs after a warm-up; ` +
      `\`--help\`: ${Math.max(RUNS, 10)}), ${cpus().length} cores, load average at start ${load()}\n`,
  );
  const temp = await mkdtemp(join(tmpdir(), 'isms-bench-'));
  try {
    const dir = join(temp, 'demo');
    await createBenchWorkspace(dir);
    const large = join(temp, 'large');
    await cp(dir, large, { recursive: true });
    await growWorkspace(large, 500);
    const processes = await processRows(dir, large, temp);
    const policyId = await makeTenPagePolicy(dir);
    const core = await runCoreBench(dir, policyId);
    const largeList = await timeList(large, 5);
    const rows: Row[] = [
      ...processes,
      figure('Load average before the in-process figures', load()),
      timed('documents.list, demo (new backend, in this process)', core.listCold),
      timed('documents.list, demo (again, same backend)', core.listWarm),
      timed('documents.list, 500 documents (new backend, in this process)', largeList.cold),
      timed('documents.list, 500 documents (again)', largeList.warm),
      timed('Render a 10-page policy (Markdown)', core.renderTenPages),
      timed('Export a 10-page policy (render + Word), warm', core.exportTenPages, '15 ms'),
      timed('Export a ten-page policy after one edit, warm', core.exportTenPagesEdited),
      timed(`Export the demo, per document, warm`, core.demoPerDocument),
      ...(ALL ? await publishingRows(dir, policyId, temp, RUNS) : []),
      ...(ALL ? await registerRows() : []),
      ...(process.argv.includes('--core-only') ? [] : await browserRows()),
      figure('Load average at the end', load()),
    ];
    console.log(formatTable(rows));
  } finally {
    await rm(temp, { recursive: true, force: true });
  }
};

const browserRows = async (): Promise<Row[]> => {
  const { browserBenchRows } = await import('./browser-bench');
  return [...(await browserBenchRows()), ...(ALL ? await registerScrollRows() : [])];
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
