import { join } from 'node:path';
import { afterEach, beforeEach } from 'vitest';
import { createApiClient } from '../../core/api/client';
import type { Api } from '../../core/api/contract';
import { createBackend } from '../../backend/compose';
import { copyDemo } from './demo-copy';
import { TEST_RENDER_WORKERS } from './render-limit';
import { makeTempDir } from './temp-dir';

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

export type OpenDemo = Awaited<ReturnType<typeof openDemo>>;

/**
 * The document-control tests' set-up: a fresh demo copy before each test of the enclosing
 * `describe`, removed after it. `prepare` runs once the copy is open (to take `api` and `dir`
 * and to bring a document to the state the tests start from). The returned object is the
 * current test's demo (`setDay` moves the backend's clock).
 */
export const useDemoPerTest = (prepare?: (demo: OpenDemo) => unknown): OpenDemo => {
  const current = {} as OpenDemo;
  beforeEach(async () => {
    Object.assign(current, await openDemo());
    await prepare?.(current);
  });
  afterEach(() => current.cleanup());
  return current;
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
