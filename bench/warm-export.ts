import { loadavg } from 'node:os';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createBackend } from '../backend/compose';
import { callApi } from '../backend/cli/call';
import { profiled, argValue } from './docx-bench-setup';
import { createBenchWorkspace } from './bench-workspace';
import { BENCH_CLOCK, makeTenPagePolicy, timeEditedExport } from './core-bench';
import { summarise } from './measure';
import { threadCpuMs } from '../backend/render/thread-cpu';

// `npx tsx bench/warm-export.ts [--runs N] [--unchanged] [--profile FILE]`: `documents.export` of the ten-page
// policy in one backend with its render workers, as the app calls it: unchanged, then after an
// edit of one paragraph through `documents.update` (untimed). Prints wall and CPU (every thread
// of the process, workers included) per export, median and p95, with the load average.

const RUNS = Number(argValue('--runs') ?? 30);

const temp = await mkdtemp(join(tmpdir(), 'isms-warm-export-'));
try {
  const dir = join(temp, 'demo');
  await createBenchWorkspace(dir);
  const id = await makeTenPagePolicy(dir);
  const { dispatch } = createBackend({ clock: BENCH_CLOCK });
  const exportIt = () => callApi(dispatch, 'documents.export', { dir, id });
  // The main thread's own processor time (Linux, in ticks of 10 ms): its mean per export.
  let mainStart = threadCpuMs(process.pid);
  const report = (label: string, wall: number[], cpu: number[]) => {
    const w = summarise(wall);
    const c = summarise(cpu);
    const mainNow = threadCpuMs(process.pid);
    const main =
      mainStart === null || mainNow === null
        ? ''
        : `, main thread ${((mainNow - mainStart) / (wall.length + 3)).toFixed(1)} ms mean`;
    mainStart = mainNow;
    console.log(
      `${label}: wall ${w.median} / ${w.p95} ms, CPU ${c.median} / ${c.p95} ms ` +
        `(median / p95, n=${w.count}, load ${loadavg()[0]!.toFixed(1)})${main}`,
    );
  };
  const measure = async (task: () => Promise<unknown>, before?: (run: number) => Promise<void>) => {
    const wall: number[] = [];
    const cpu: number[] = [];
    for (let i = 0; i < RUNS + 3; i += 1) {
      await before?.(i);
      const cpuStart = process.cpuUsage();
      const start = performance.now();
      await task();
      const spent = process.cpuUsage(cpuStart);
      if (i < 3) continue;
      wall.push(performance.now() - start);
      cpu.push((spent.user + spent.system) / 1000);
    }
    return { wall, cpu };
  };
  await profiled(argValue('--profile'), async () => {
    mainStart = threadCpuMs(process.pid);
    const same = await measure(exportIt);
    report('documents.export, unchanged', same.wall, same.cpu);
    if (process.argv.includes('--unchanged')) return;
    const edited = await timeEditedExport(dispatch, dir, id, RUNS);
    report('documents.export after one edit', edited.wall, edited.cpu);
  });
} finally {
  await rm(temp, { recursive: true, force: true });
}
process.exit(0);
