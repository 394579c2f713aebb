import { cp, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { growWorkspace } from './large-workspace';
import { timeIsms } from './process-bench';

/** `isms pack` as a whole process: the demo, and a generated 200-document workspace. */
export const timePacks = async (demo: string, temp: string, runs: number) => {
  const large = join(temp, 'pack-200');
  await cp(demo, large, { recursive: true });
  const bodies = (await readdir(join(demo, 'documents'))).filter((f) => f.endsWith('.md'));
  await growWorkspace(large, 200 - bodies.length);
  return {
    demo: timeIsms(runs, ['pack', demo, '--out', join(temp, 'pack-demo.zip'), '--include-drafts']),
    large: timeIsms(runs, ['pack', large, '--out', join(temp, 'pack-200.zip'), '--include-drafts']),
  };
};
