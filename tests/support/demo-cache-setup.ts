import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { createBackend } from '../../backend/compose';
import { createApiClient } from '../../core/api/client';
import type { Api } from '../../core/api/contract';
import { fixedClock } from './fixed-clock';
import { removeTestCacheDir } from './test-cache-dir';
import { makeTempDir } from './temp-dir';

// Building the demo (58 documents, their frozen approved copies) costs seconds of CPU; about
// thirty files start from it. It is built once per run, here, and each test copies the folder
// (`copyDemo` in demo-copy.ts). The demo does not depend on the folder it is made in or the
// clock, so a copy holds exactly what `workspace.create` would write; the tests of creating it
// (`tests/contract/api-contract.test.ts`, `isms init --demo` in `tests/cli/cli.test.ts`) still
// make it themselves and compare.

declare module 'vitest' {
  export interface ProvidedContext {
    /** A demo workspace made for this run; copy it, never change it. */
    demoWorkspace: string;
  }
}

export default async function setup(project: TestProject) {
  const temp = await makeTempDir('isms-demo-cache-');
  const dir = join(temp.dir, 'demo');
  // On the calling thread: no worker threads left behind in vitest's own process.
  const { dispatch } = createBackend({ clock: fixedClock, renderWorkers: false });
  const api: Api = createApiClient((method, input) => dispatch(method, input));
  await api['workspace.create']({ dir, from: 'demo' });
  project.provide('demoWorkspace', dir);
  return async () => {
    await temp.cleanup();
    removeTestCacheDir();
  };
}
