import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import type { Dispatch } from '../core/api/dispatch';
import { callApi } from '../backend/cli/call';
import { summarise, type Sample } from './measure';

const ROOT = join(import.meta.dirname, '..');
const ISMS = join(ROOT, 'bin', 'isms.mjs');
const GNU_TIME = existsSync('/usr/bin/time') ? '/usr/bin/time' : null;
const FIXED_TIME = '2026-11-28T09:00:00Z';

/**
 * Wall and CPU time of whole processes, the highest peak resident memory seen, and the runs that
 * failed (on a loaded machine a document can hit the workers' 10 s limit); they are left out of
 * the figures and counted beside them.
 */
export type ProcessSample = {
  wall: Sample;
  cpu: Sample | null;
  peakRssMb: number | null;
  failed: number;
};

export type Run = { wallMs: number; cpuMs: number | null; rssKb: number | null; failed?: string };

/** Runs a command once; GNU time (when present) adds its CPU time and peak resident memory. */
const runOnce = (
  command: string,
  args: readonly string[],
  allowedExit = [0],
  env: Readonly<Record<string, string>> = {},
): Run => {
  const [file, argv] = GNU_TIME
    ? [GNU_TIME, ['-f', '__TIME__ %U %S %M', command, ...args]]
    : [command, [...args]];
  const start = performance.now();
  const result = spawnSync(file, argv, {
    encoding: 'utf8',
    env: { ...process.env, ISMS_FIXED_TIME: FIXED_TIME, ...env },
    maxBuffer: 64 * 1024 * 1024,
  });
  const wallMs = performance.now() - start;
  if (!allowedExit.includes(result.status ?? -1)) {
    const failed = `${command} ${args.join(' ')} exited ${result.status}: ${result.stderr}`;
    console.error(`(left out of the figures) ${failed}`);
    return { wallMs, cpuMs: null, rssKb: null, failed };
  }
  const timing = /__TIME__ ([\d.]+) ([\d.]+) (\d+)/.exec(result.stderr ?? '');
  if (!timing) return { wallMs, cpuMs: null, rssKb: null };
  const [, user = '0', system = '0', rss = '0'] = timing;
  return { wallMs, cpuMs: (Number(user) + Number(system)) * 1000, rssKb: Number(rss) };
};

export const sampleRuns = (all: readonly Run[]): ProcessSample => {
  const runs = all.filter((r) => !r.failed);
  if (runs.length === 0) throw new Error(`every run failed: ${all[0]?.failed ?? ''}`);
  const cpu = runs.map((r) => r.cpuMs).filter((v): v is number => v !== null);
  const rss = runs.map((r) => r.rssKb).filter((v): v is number => v !== null);
  return {
    wall: summarise(runs.map((r) => r.wallMs)),
    cpu: cpu.length ? summarise(cpu) : null,
    peakRssMb: rss.length ? Math.round(Math.max(...rss) / 1024) : null,
    failed: all.length - runs.length,
  };
};

/** `runs` timed runs of a task made of whole processes, after one untimed warm-up run. */
const timeProcesses = (runs: number, task: () => Run): ProcessSample => {
  task();
  return sampleRuns(Array.from({ length: runs }, task));
};

const sum = (parts: readonly Run[]): Run => ({
  ...(parts.some((r) => r.failed) ? { failed: parts.find((r) => r.failed)!.failed! } : {}),
  wallMs: parts.reduce((t, r) => t + r.wallMs, 0),
  cpuMs: parts.every((r) => r.cpuMs !== null) ? parts.reduce((t, r) => t + r.cpuMs!, 0) : null,
  rssKb: parts.every((r) => r.rssKb !== null) ? Math.max(...parts.map((r) => r.rssKb!)) : null,
});

/**
 * What a run of `isms` may reuse from earlier runs: `nothing` (results, word widths and the list
 * of checked frozen records off, as a first run ever), `widths` (word widths and checked records
 * kept in `dir`, results not: as after an edit that touches every document) or `results`
 * (everything kept in `dir`: a second run of the command).
 */
export type Kept =
  { readonly keep: 'nothing' } | { readonly keep: 'widths' | 'results'; readonly dir: string };

const keptEnv = (kept: Kept): Record<string, string> => {
  if (kept.keep === 'nothing')
    return { ISMS_RESULT_CACHE: '0', ISMS_WIDTH_CACHE: '0', ISMS_CHECKED_CACHE: '0' };
  return kept.keep === 'widths'
    ? { ISMS_RESULT_CACHE: '0', ISMS_CACHE_DIR: kept.dir }
    : { ISMS_CACHE_DIR: kept.dir };
};

/**
 * `isms` as a user starts it: `node bin/isms.mjs ...`, a new process each time; the timed runs
 * find whatever the warm-up run kept, as a second run of the same command would.
 */
export const timeIsms = (
  runs: number,
  args: readonly string[],
  allowedExit = [0],
  kept: Kept = { keep: 'nothing' },
) =>
  timeProcesses(runs, () => runOnce(process.execPath, [ISMS, ...args], allowedExit, keptEnv(kept)));

/**
 * A new customer's workspace: `isms init`, then every built-in template added (`isms add
 * --all`), so every document is an unfilled draft that the export makes on the workers.
 */
export const blankWithEveryTemplate = (dir: string): string => {
  for (const args of [
    ['init', dir],
    ['add', dir, '--all'],
  ]) {
    const result = spawnSync(process.execPath, [ISMS, ...args], {
      encoding: 'utf8',
      env: { ...process.env, ISMS_FIXED_TIME: FIXED_TIME },
    });
    if (result.status !== 0) throw new Error(`isms ${args.join(' ')}: ${result.stderr}`);
  }
  return dir;
};

export const hasPandoc = (): boolean =>
  spawnSync('pandoc', ['--version'], { stdio: 'ignore' }).status === 0;

/**
 * pandoc converting the same documents, filled by our renderer, one process per document: the
 * way a person would script it, and the baseline the export is compared with.
 */
export const timePandoc = async (
  runs: number,
  dispatch: Dispatch,
  dir: string,
  work: string,
): Promise<ProcessSample> => {
  const sources = join(work, 'pandoc-in');
  const out = join(work, 'pandoc-out');
  await mkdir(sources, { recursive: true });
  await mkdir(out, { recursive: true });
  const documents = await callApi(dispatch, 'documents.list', { dir });
  const files: string[] = [];
  for (const doc of documents) {
    const { markdown } = await callApi(dispatch, 'documents.render', { dir, id: doc.id });
    const file = join(sources, `${doc.id}.md`);
    await writeFile(file, markdown);
    files.push(file);
  }
  const sample = timeProcesses(runs, () =>
    sum(files.map((file, i) => runOnce('pandoc', [file, '-o', join(out, `${i}.docx`)]))),
  );
  await rm(out, { recursive: true, force: true });
  return sample;
};
