import { join } from 'node:path';
import { afterAll, beforeAll, beforeEach } from 'vitest';
import { createBackend } from '../../backend/compose';
import { runCli } from '../../backend/cli/main';
import { createApiClient } from '../../core/api/client';
import type { Api } from '../../core/api/contract';
import type { Clock } from '../../core/api/ports';
import { copyDemo } from './demo-copy';
import { fixedClock } from './fixed-clock';
import { TEST_RENDER_WORKERS } from './render-limit';
import { makeTempDir } from './temp-dir';

// The set-ups the API and command-line tests share: a backend on the fixed clock, a temporary
// folder removed after the file's tests, and a workspace (the demo, or a blank one per test).

/** Runs the `isms` command in-process on the fixed clock, capturing what it prints. */
export const cli = async (...argv: string[]) => {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runCli(
    argv,
    { out: (t) => out.push(t), err: (t) => err.push(t) },
    createBackend({ clock: fixedClock, renderWorkers: TEST_RENDER_WORKERS }).dispatch,
  );
  return { code, stdout: out.join('\n'), stderr: err.join('\n') };
};

/**
 * A new backend's dispatcher (answers are data: `{ ok: false, error }`) and a typed client over
 * it (errors are thrown), as the app and the CLI call them.
 */
export const createTestApi = (clock: Clock = fixedClock) => {
  const { dispatch } = createBackend({ clock, renderWorkers: TEST_RENDER_WORKERS });
  const api: Api = createApiClient((method, input) => dispatch(method, input));
  return { api, dispatch };
};

type Temp = Awaited<ReturnType<typeof makeTempDir>>;

/**
 * A temporary folder holding the demo (what `isms init DIR --demo` makes; a copy of the run's
 * demo, see demo-copy.ts), for the tests of one file. Read `temp` and `demo` inside tests (they
 * are set before the first one runs).
 */
export const useCliDemo = (prefix: string) => {
  const state = { temp: undefined as Temp | undefined, demo: '' };
  beforeAll(async () => {
    state.temp = await makeTempDir(prefix);
    state.demo = join(state.temp.dir, 'demo');
    await copyDemo(state.demo);
  });
  afterAll(() => state.temp?.cleanup());
  return {
    get temp(): Temp {
      if (!state.temp) throw new Error('useCliDemo: read the folder inside a test');
      return state.temp;
    },
    get demo() {
      return state.demo;
    },
  };
};

/**
 * A new workspace for every test (`ws-1`, `ws-2`, ... or `demo-1`, ...) in one temporary folder,
 * made through the API; `prepare` adds what every test of the file starts from, and what it
 * returns is `prepared`.
 */
export const useFreshWorkspaces = <Prepared = unknown>(
  prefix: string,
  options: {
    readonly from?: 'blank' | 'demo';
    readonly prepare?: (api: Api, dir: string) => Promise<Prepared>;
  } = {},
) => {
  const from = options.from ?? 'blank';
  const state = {
    backend: undefined as ReturnType<typeof createTestApi> | undefined,
    temp: undefined as Temp | undefined,
    dir: '',
    prepared: undefined as Prepared | undefined,
  };
  let count = 0;
  beforeAll(async () => {
    state.temp = await makeTempDir(prefix);
    state.backend = createTestApi();
  });
  afterAll(() => state.temp?.cleanup());
  beforeEach(async () => {
    if (!state.temp || !state.backend) throw new Error('useFreshWorkspaces: set-up did not run');
    count += 1;
    state.dir = join(state.temp.dir, `${from === 'demo' ? 'demo' : 'ws'}-${count}`);
    if (from === 'blank') {
      await state.backend.api['workspace.create']({ dir: state.dir, from, name: 'Acme' });
    } else {
      await copyDemo(state.dir);
    }
    state.prepared = await options.prepare?.(state.backend.api, state.dir);
  }, 180_000);
  const backend = () => {
    if (!state.backend) throw new Error('useFreshWorkspaces: read the API inside a test');
    return state.backend;
  };
  return {
    get api(): Api {
      return backend().api;
    },
    get dispatch() {
      return backend().dispatch;
    },
    get dir() {
      return state.dir;
    },
    /** What `prepare` returned for this test's workspace. */
    get prepared(): Prepared {
      if (!options.prepare) throw new Error('useFreshWorkspaces: no prepare was given');
      return state.prepared as Prepared;
    },
  };
};

/** A `prepare` for useFreshWorkspaces: one draft from the information security policy template. */
export const addPolicyDraft = (api: Api, dir: string) =>
  api['documents.create']({ dir, templateId: 'information-security-policy' });
