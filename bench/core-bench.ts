import { createBackend } from '../backend/compose';
import { createFixedClock } from '../backend/clock';
import { callApi } from '../backend/cli/call';
import type { Dispatch } from '../core/api/dispatch';
import { summarise, time, type Sample } from './measure';
import { tenPagePolicy } from './ten-page-policy';

export const BENCH_CLOCK = createFixedClock(new Date('2026-11-28T09:00:00Z'));

export type CoreBenchResult = {
  renderTenPages: Sample;
  exportTenPages: Sample;
  exportTenPagesEdited: Sample;
  demoPerDocument: Sample;
  demoDocuments: number;
  listCold: Sample;
  listWarm: Sample;
};

/** Turns the demo's information security policy into a ten-page policy; returns its ID. */
export const makeTenPagePolicy = async (dir: string): Promise<string> => {
  const { dispatch } = createBackend({ clock: BENCH_CLOCK });
  const documents = await callApi(dispatch, 'documents.list', { dir });
  const policy = documents.find((d) => d.templateId === 'information-security-policy')!;
  const original = await callApi(dispatch, 'documents.get', { dir, id: policy.id });
  await callApi(dispatch, 'documents.update', {
    dir,
    id: policy.id,
    body: tenPagePolicy(original.body),
  });
  return policy.id;
};

/** The documents list as the app asks for it: once in a new backend, then again in the same one. */
export const timeList = async (dir: string, runs: number) => {
  const cold: number[] = [];
  for (let i = 0; i < runs; i += 1) {
    const { dispatch } = createBackend({ clock: BENCH_CLOCK });
    const start = performance.now();
    await callApi(dispatch, 'documents.list', { dir });
    cold.push(performance.now() - start);
  }
  const { dispatch } = createBackend({ clock: BENCH_CLOCK });
  const warm = await time(runs, () => callApi(dispatch, 'documents.list', { dir }));
  return { cold: summarise(cold), warm };
};

/**
 * `documents.export` of the policy after one paragraph of it was edited through
 * `documents.update` (untimed, as a user's edit between two exports): wall and CPU time (every
 * thread of the process) of each export, after three untimed rounds.
 */
export const timeEditedExport = async (
  dispatch: Dispatch,
  dir: string,
  id: string,
  runs: number,
) => {
  const original = (await callApi(dispatch, 'documents.get', { dir, id })).body;
  const at = original.indexOf('\n\n', Math.floor(original.length / 2));
  const wall: number[] = [];
  const cpu: number[] = [];
  for (let i = 0; i < runs + 3; i += 1) {
    const body = `${original.slice(0, at)} Edited ${i}.${original.slice(at)}`;
    await callApi(dispatch, 'documents.update', { dir, id, body });
    const cpuStart = process.cpuUsage();
    const start = performance.now();
    await callApi(dispatch, 'documents.export', { dir, id });
    const spent = process.cpuUsage(cpuStart);
    if (i < 3) continue;
    wall.push(performance.now() - start);
    cpu.push((spent.user + spent.system) / 1000);
  }
  await callApi(dispatch, 'documents.update', { dir, id, body: original });
  return { wall, cpu };
};

/** Times rendering and Word export through the same API the app and the CLI use. */
export const runCoreBench = async (dir: string, policyId: string, runs = 15) => {
  const { dispatch } = createBackend({ clock: BENCH_CLOCK });
  const renderTenPages = await time(runs, () =>
    callApi(dispatch, 'documents.render', { dir, id: policyId }),
  );
  const exportTenPages = await time(runs, () =>
    callApi(dispatch, 'documents.export', { dir, id: policyId }),
  );
  const exportTenPagesEdited = summarise(
    (await timeEditedExport(dispatch, dir, policyId, runs)).wall,
  );
  const documents = await callApi(dispatch, 'documents.list', { dir });
  const perDocument: number[] = [];
  for (const doc of documents) {
    const sample = await time(3, () => callApi(dispatch, 'documents.export', { dir, id: doc.id }));
    perDocument.push(sample.median);
  }
  const list = await timeList(dir, 5);
  return {
    renderTenPages,
    exportTenPages,
    exportTenPagesEdited,
    demoPerDocument: summarise(perDocument),
    demoDocuments: documents.length,
    listCold: list.cold,
    listWarm: list.warm,
  } satisfies CoreBenchResult;
};
