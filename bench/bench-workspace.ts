import { callApi } from '../backend/cli/call';
import { createBackend } from '../backend/compose';
import { BENCH_CLOCK } from './core-bench';

/** The workspace a bench starts from (the demo or a blank one), made through the API on the bench clock. */
export const createBenchWorkspace = async (dir: string, from: 'demo' | 'blank' = 'demo') => {
  await callApi(createBackend({ clock: BENCH_CLOCK }).dispatch, 'workspace.create', { dir, from });
};
