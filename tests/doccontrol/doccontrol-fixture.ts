import { join } from 'node:path';
import { createApiClient } from '../../core/api/client';
import type { Api } from '../../core/api/contract';
import { createBackend } from '../../backend/compose';
import { makeTempDir } from '../support/temp-dir';

/** A demo workspace behind the real backend, with a clock the test can move. */
export const openDemo = async () => {
  const temp = await makeTempDir('isms-doccontrol-');
  let now = new Date('2026-11-28T09:00:00.000Z');
  const clock = { now: () => new Date(now) };
  const { dispatch } = createBackend({ clock });
  const api: Api = createApiClient((method, input) => dispatch(method, input));
  const dir = join(temp.dir, 'demo');
  await api['workspace.create']({ dir, from: 'demo' });
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
