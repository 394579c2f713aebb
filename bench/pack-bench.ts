import { cp } from 'node:fs/promises';
import { join } from 'node:path';
import { growWorkspace } from './large-workspace';
import { timeIsms } from './process-bench';

/** `isms pack` as a whole process: the demo, and a generated 200-document workspace. */
export const timePacks = async (demo: string, temp: string, runs: number) => {
  const large = join(temp, 'pack-200');
  await cp(demo, large, { recursive: true });
  // growWorkspace takes the total count: the demo's documents plus repeats up to 200.
  await growWorkspace(large, 200);
  return {
    demo: timeIsms(runs, ['pack', demo, '--out', join(temp, 'pack-demo.zip'), '--include-drafts']),
    large: timeIsms(runs, ['pack', large, '--out', join(temp, 'pack-200.zip'), '--include-drafts']),
  };
};
