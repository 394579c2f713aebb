import { createBackend } from '../backend/compose';
import { callApi } from '../backend/cli/call';
import { BENCH_CLOCK } from './core-bench';

/**
 * `documents.list` as the app's first screen asks for it: in a new process with a new backend
 * (what the app waits for when it opens), then once more in the same backend. Prints one JSON
 * line: wall and CPU milliseconds of each call, the rows and how many show a problem.
 *
 *   npx tsx bench/list-cold.ts DIR
 */
const measure = async (call: () => Promise<unknown>) => {
  const cpu = process.cpuUsage();
  const start = performance.now();
  const value = await call();
  const used = process.cpuUsage(cpu);
  return {
    value,
    wallMs: Math.round(performance.now() - start),
    cpuMs: Math.round((used.user + used.system) / 1000),
  };
};

const main = async () => {
  const dir = process.argv[2];
  if (!dir) throw new Error('usage: tsx bench/list-cold.ts DIR');
  const { dispatch } = createBackend({ clock: BENCH_CLOCK });
  const first = await measure(() => callApi(dispatch, 'documents.list', { dir }));
  const again = await measure(() => callApi(dispatch, 'documents.list', { dir }));
  const rows = first.value as readonly { problem: string | null }[];
  console.log(
    JSON.stringify({
      documents: rows.length,
      problems: rows.filter((r) => r.problem !== null).length,
      first: { wallMs: first.wallMs, cpuMs: first.cpuMs },
      again: { wallMs: again.wallMs, cpuMs: again.cpuMs },
    }),
  );
  process.exit(0);
};

await main();
