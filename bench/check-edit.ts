import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import { loadavg } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { summarise } from './measure';
import type { ProcessSample } from './process-bench';

const ROOT = join(import.meta.dirname, '..');
const ISMS = join(ROOT, 'bin', 'isms.mjs');
const GNU_TIME = existsSync('/usr/bin/time') ? '/usr/bin/time' : null;
const FIXED_TIME = '2026-11-28T09:00:00Z';

type Meta = { id: string; status?: string; updatedAt: string };

/**
 * What the app saves when one document is edited: its body, and its last-edited date in
 * workspace.json. Each call writes a different body and date, so no kept answer for the whole
 * folder applies and the check works out what changed.
 */
export const editAsTheApp = async (dir: string, id: string, n: number): Promise<void> => {
  const bodyFile = join(dir, 'documents', `${id}.md`);
  const body = (await readFile(bodyFile, 'utf8')).replace(/\n\nEdited \d+\n$/, '');
  await writeFile(bodyFile, `${body}\n\nEdited ${n}\n`);
  const file = join(dir, 'workspace.json');
  const workspace = JSON.parse(await readFile(file, 'utf8')) as { documents: Meta[] };
  const meta = workspace.documents.find((d) => d.id === id);
  if (!meta) throw new Error(`${id} is not in ${file}`);
  meta.updatedAt = `2026-11-${String(1 + (n % 28)).padStart(2, '0')}`;
  await writeFile(file, `${JSON.stringify(workspace, null, 2)}\n`);
};

/** The first draft of the workspace (an edit of an approved document is a change anyway). */
const draftOf = async (dir: string): Promise<string> => {
  const { documents } = JSON.parse(await readFile(join(dir, 'workspace.json'), 'utf8')) as {
    documents: Meta[];
  };
  const draft = documents.find((d) => d.status !== 'approved') ?? documents[0];
  if (!draft) throw new Error(`${dir} has no documents`);
  return draft.id;
};

type Run = { wallMs: number; cpuMs: number | null; rssKb: number | null };

const checkOnce = (dir: string, cacheDir: string): Run => {
  const args = [ISMS, 'check', dir];
  const [file, argv] = GNU_TIME
    ? [GNU_TIME, ['-f', '__TIME__ %U %S %M', process.execPath, ...args]]
    : [process.execPath, args];
  const start = performance.now();
  const result = spawnSync(file, argv, {
    encoding: 'utf8',
    env: { ...process.env, ISMS_FIXED_TIME: FIXED_TIME, ISMS_CACHE_DIR: cacheDir },
    maxBuffer: 64 * 1024 * 1024,
  });
  const wallMs = performance.now() - start;
  if (result.status !== 0 && result.status !== 1) {
    throw new Error(`isms check ${dir} exited ${result.status}: ${result.stderr}`);
  }
  const timing = /__TIME__ ([\d.]+) ([\d.]+) (\d+)/.exec(result.stderr ?? '');
  if (!timing) return { wallMs, cpuMs: null, rssKb: null };
  const [, user = '0', system = '0', rss = '0'] = timing;
  return { wallMs, cpuMs: (Number(user) + Number(system)) * 1000, rssKb: Number(rss) };
};

/**
 * `isms check DIR` as a whole process after each of `runs` app-style edits of one draft, results
 * kept in `cacheDir` (one untimed run first fills it, as the app's earlier checks would have).
 */
export const timeCheckAfterEdit = async (
  dir: string,
  cacheDir: string,
  runs: number,
): Promise<ProcessSample & { load: string }> => {
  const id = await draftOf(dir);
  checkOnce(dir, cacheDir);
  const done: Run[] = [];
  const loads: number[] = [];
  for (let i = 0; i < runs; i += 1) {
    await editAsTheApp(dir, id, Date.now() + i);
    loads.push(loadavg()[0] ?? 0);
    done.push(checkOnce(dir, cacheDir));
  }
  const cpu = done.map((r) => r.cpuMs).filter((v): v is number => v !== null);
  const rss = done.map((r) => r.rssKb).filter((v): v is number => v !== null);
  return {
    wall: summarise(done.map((r) => r.wallMs)),
    cpu: cpu.length ? summarise(cpu) : null,
    peakRssMb: rss.length ? Math.round(Math.max(...rss) / 1024) : null,
    failed: 0,
    load: `${Math.min(...loads).toFixed(1)}-${Math.max(...loads).toFixed(1)}`,
  };
};

/**
 *   npx tsx bench/check-edit.ts DIR [--runs N]
 * prints one JSON line: wall and CPU (median, 95th percentile) of `isms check DIR` after an edit,
 * peak resident memory, and the load average over the runs. Results are kept in DIR/../cache.
 */
const main = async () => {
  const dir = process.argv[2];
  if (!dir) throw new Error('usage: tsx bench/check-edit.ts DIR [--runs N]');
  const at = process.argv.indexOf('--runs');
  const runs = at > 0 ? Number(process.argv[at + 1]) : 5;
  const sample = await timeCheckAfterEdit(dir, join(dir, '..', 'check-edit-cache'), runs);
  console.log(JSON.stringify(sample));
};

if (process.argv[1] && import.meta.filename === process.argv[1]) await main();
