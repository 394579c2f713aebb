import { loadavg } from 'node:os';
import { buildDocx } from '../core/docx/build-docx';
import type { DocxInput } from '../core/docx/types';
import { callApi } from '../backend/cli/call';
import { planPages } from '../backend/pdf/render-pdf';
import { argValue, profiled, withTenPagePolicy, type TenPagePolicy } from './docx-bench-setup';
import { summarise } from './measure';

// `npx tsx bench/warm-docx.ts [--runs N] [--only api|build] [--profile FILE]`: the Word export of
// the ten-page policy, warm, in one process (no workers): CPU per export, median and p95, with
// the load average beside each figure; "after an edit" changes the body before each timed run
// (untimed), as a user's edit between two exports does. `--profile` writes a CPU profile of the
// timed runs only (not the set-up), for DevTools.

const RUNS = Number(argValue('--runs') ?? 50);
const ONLY = argValue('--only');

const cpuMs = async (task: () => Promise<unknown>): Promise<number> => {
  const start = process.cpuUsage();
  await task();
  const used = process.cpuUsage(start);
  return (used.user + used.system) / 1000;
};

/** `prepare` runs untimed before each timed run, with the run's number. */
const sample = async (
  label: string,
  task: () => Promise<unknown>,
  prepare: (run: number) => Promise<unknown> = () => Promise.resolve(),
) => {
  const values: number[] = [];
  for (let i = 0; i < RUNS + 3; i += 1) {
    await prepare(i);
    const spent = await cpuMs(task);
    if (i >= 3) values.push(spent); // The first three are the warm-up.
  }
  const s = summarise(values);
  console.log(
    `${label}: CPU median ${s.median} ms, p95 ${s.p95} ms (n=${s.count}, load ${loadavg()[0]!.toFixed(1)})`,
  );
};

const timeApi = async ({ dispatch, dir, id }: TenPagePolicy) => {
  const exportIt = () => callApi(dispatch, 'documents.export', { dir, id });
  await sample('documents.export, ten-page policy (render + plan + Word)', exportIt);
  const original = (await callApi(dispatch, 'documents.get', { dir, id })).body;
  const edit = (run: number) =>
    callApi(dispatch, 'documents.update', {
      dir,
      id,
      body: `${original}\n\nEdit number ${run}.\n`,
    });
  await sample('documents.export after an edit', exportIt, edit);
  await callApi(dispatch, 'documents.update', { dir, id, body: original });
};

const timeBuild = async (input: DocxInput) => {
  const planned = { ...input, pages: planPages(input) };
  if (ONLY !== 'build') await sample('page planning only', () => Promise.resolve(planPages(input)));
  await sample('buildDocx only, pages planned once', () => buildDocx(planned));
  let edited = planned;
  await sample(
    'buildDocx only, body changed before each run',
    () => buildDocx(edited),
    (run) =>
      Promise.resolve((edited = { ...planned, markdown: `${planned.markdown}\n\nEdit ${run}.` })),
  );
};

await withTenPagePolicy((policy) =>
  profiled(argValue('--profile'), async () => {
    if (ONLY === undefined || ONLY === 'api') await timeApi(policy);
    if (ONLY === undefined || ONLY === 'build') await timeBuild(policy.input);
  }),
);
