import { join } from 'node:path';
import { createApiClient } from '../../core/api/client';
import type { Api } from '../../core/api/contract';
import { createBackend } from '../../backend/compose';
import { copyDemo } from '../support/demo-copy';
import { TEST_RENDER_WORKERS } from '../support/render-limit';
import { makeTempDir } from '../support/temp-dir';

const START = '2026-11-28T09:00:00.000Z';
let now = new Date(START);
let shared: Api | undefined;

/**
 * One backend for the tests of a file (each file runs in its own process): a new backend starts
 * its render worker threads, which costs seconds of CPU, and every test has its own folder. Its
 * clock is the file's, set back to the start by each `openDemo`.
 */
const backend = (): Api => {
  if (!shared) {
    const { dispatch } = createBackend({
      clock: { now: () => new Date(now) },
      renderWorkers: TEST_RENDER_WORKERS,
    });
    shared = createApiClient((method, input) => dispatch(method, input));
  }
  return shared;
};

/** A demo workspace behind the real backend, with a clock the test can move. */
export const openDemo = async () => {
  const temp = await makeTempDir('isms-doccontrol-');
  now = new Date(START);
  const api = backend();
  const dir = join(temp.dir, 'demo');
  await copyDemo(dir);
  return {
    api,
    dir,
    cleanup: temp.cleanup,
    setDay: (day: string) => {
      now = new Date(`${day}T09:00:00.000Z`);
    },
  };
};

/** The error an API call fails with. */
export const failure = async (promise: Promise<unknown>): Promise<Error> => {
  try {
    await promise;
  } catch (error) {
    return error as Error;
  }
  throw new Error('expected the call to fail');
};
