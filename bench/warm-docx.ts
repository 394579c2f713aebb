import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { Session } from 'node:inspector/promises';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { createDispatcher, type Dispatch } from '../core/api/dispatch';
import { createService } from '../core/api/service';
import type { PagePlanner } from '../core/api/publish-ports';
import { buildDocx } from '../core/docx/build-docx';
import type { DocxInput } from '../core/docx/types';
import { callApi } from '../backend/cli/call';
import { lazyPackTools, lazySheetCodec, renderPdfLazily } from '../backend/lazy-adapters';
import { planPages } from '../backend/pdf/render-pdf';
import { createOutputStore } from '../backend/pack/output-files';
import { createFileWorkspaceStore } from '../backend/store/file-workspace-store';
import { createTemplateSource } from '../backend/templates/template-source';
import { BENCH_CLOCK, makeTenPagePolicy } from './core-bench';
import { summarise } from './measure';

// `npx tsx bench/warm-docx.ts [--runs N] [--only core|api|build]`: the Word export of the ten-page
// policy, warm, in one process (no workers): CPU per export, median and p95, with the load
// average beside each figure. Run under `node --cpu-prof` to see where the time goes.

const argValue = (name: string): string | undefined => {
  const at = process.argv.indexOf(name);
  return at === -1 ? undefined : process.argv[at + 1];
};
const RUNS = Number(argValue('--runs') ?? 50);
const ONLY = argValue('--only');
/** `--profile FILE`: a CPU profile of the timed runs only (not the set-up), for DevTools. */
const PROFILE = argValue('--profile');

const profiled = async (task: () => Promise<void>): Promise<void> => {
  if (!PROFILE) return task();
  const session = new Session();
  session.connect();
  await session.post('Profiler.enable');
  await session.post('Profiler.setSamplingInterval', { interval: 200 });
  await session.post('Profiler.start');
  await task();
  const { profile } = await session.post('Profiler.stop');
  await writeFile(PROFILE, JSON.stringify(profile));
  session.disconnect();
};

const cpuMs = (task: () => Promise<unknown>) => async (): Promise<number> => {
  const start = process.cpuUsage();
  await task();
  const used = process.cpuUsage(start);
  return (used.user + used.system) / 1000;
};

const sample = async (label: string, task: () => Promise<unknown>) => {
  const measure = cpuMs(task);
  for (let i = 0; i < 3; i += 1) await measure();
  const values: number[] = [];
  for (let i = 0; i < RUNS; i += 1) values.push(await measure());
  const s = summarise(values);
  console.log(
    `${label}: CPU median ${s.median} ms, p95 ${s.p95} ms (n=${s.count}, load ${loadavg()[0]!.toFixed(1)})`,
  );
};

const main = async () => {
  const temp = await mkdtemp(join(tmpdir(), 'isms-warm-docx-'));
  try {
    let captured: DocxInput | null = null;
    const pages: PagePlanner = (input) => {
      captured = input;
      return Promise.resolve(planPages(input));
    };
    const handlers = createService({
      store: createFileWorkspaceStore(),
      templates: createTemplateSource(),
      clock: BENCH_CLOCK,
      recent: null,
      sheets: lazySheetCodec,
      pack: lazyPackTools,
      pdf: renderPdfLazily,
      pages,
      outputs: createOutputStore(),
    });
    const dispatch = createDispatcher(handlers);
    const dir = join(temp, 'demo');
    await callApi(dispatch, 'workspace.create', { dir, from: 'demo' });
    const id = await makeTenPagePolicy(dir);
    await callApi(dispatch, 'documents.export', { dir, id });
    const input = captured as DocxInput | null;
    if (!input) throw new Error('the export planned no pages');
    await profiled(() => timeAll(dispatch, dir, id, input));
  } finally {
    await rm(temp, { recursive: true, force: true });
  }
};

const timeAll = async (dispatch: Dispatch, dir: string, id: string, input: DocxInput) => {
  if (ONLY === undefined || ONLY === 'api')
    await sample('documents.export, ten-page policy (render + plan + Word)', () =>
      callApi(dispatch, 'documents.export', { dir, id }),
    );
  if (ONLY === 'api') return;
  const planned = { ...input, pages: planPages(input) };
  if (ONLY !== 'build') {
    await sample('page planning only', () => Promise.resolve(planPages(input)));
    await sample('buildDocx only (pages given)', () =>
      buildDocx({ ...input, pages: planPages(input) }),
    );
  }
  await sample('buildDocx only, pages planned once', () => buildDocx(planned));
};

await main();
