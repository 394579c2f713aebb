import { performance } from 'node:perf_hooks';

export type Sample = { median: number; p95: number; min: number; max: number; count: number };

/** Median, 95th percentile and range of a list of milliseconds. */
export const summarise = (values: readonly number[]): Sample => {
  const sorted = [...values].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? 0;
  return {
    median: round(at(0.5)),
    p95: round(at(0.95)),
    min: round(sorted[0] ?? 0),
    max: round(sorted.at(-1) ?? 0),
    count: sorted.length,
  };
};

/** Runs `task` once to warm up, then `runs` times, and summarises the durations. */
export const time = async (runs: number, task: () => Promise<unknown>): Promise<Sample> => {
  await task();
  const durations: number[] = [];
  for (let i = 0; i < runs; i += 1) {
    const start = performance.now();
    await task();
    durations.push(performance.now() - start);
  }
  return summarise(durations);
};

const round = (value: number) => Math.round(value * 10) / 10;
