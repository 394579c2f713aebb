import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { Session } from 'node:inspector/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Dispatch } from '../core/api/dispatch';
import type { DocxInput } from '../core/docx/types';

// The start-up the Word build benchmarks share (bench/warm-docx.ts, bench/cold-docx.ts). Only
// Node's own modules are imported here: the project's are loaded when a set-up asks for them, so
// a benchmark of a cold process measures their loading itself.

/** The value after `name` on the command line. */
export const argValue = (name: string): string | undefined => {
  const at = process.argv.indexOf(name);
  return at === -1 ? undefined : process.argv[at + 1];
};

/** Runs `task` under the CPU profiler and writes the profile to `file` (DevTools format). */
export const profiled = async <T>(file: string | undefined, task: () => Promise<T>): Promise<T> => {
  if (!file) return task();
  const session = new Session();
  session.connect();
  await session.post('Profiler.enable');
  await session.post('Profiler.setSamplingInterval', { interval: 200 });
  await session.post('Profiler.start');
  try {
    return await task();
  } finally {
    const { profile } = await session.post('Profiler.stop');
    await writeFile(file, JSON.stringify(profile));
    session.disconnect();
  }
};

export type TenPagePolicy = {
  readonly dispatch: Dispatch;
  readonly dir: string;
  readonly id: string;
  /** What the first export handed the page planner: the Word build's input, pages not yet planned. */
  readonly input: DocxInput;
};

/**
 * A fresh demo workspace on the benchmarks' fixed clock whose information security policy is
 * ten pages long, exported once in this process (no workers); `task` runs with it, then the
 * folder is removed.
 */
export const withTenPagePolicy = async (task: (policy: TenPagePolicy) => Promise<void>) => {
  const { createDispatcher } = await import('../core/api/dispatch');
  const { createService } = await import('../core/api/service');
  const { callApi } = await import('../backend/cli/call');
  const { lazyPackTools, lazySheetCodec, renderPdfLazily } =
    await import('../backend/lazy-adapters');
  const { planPages } = await import('../backend/pdf/render-pdf');
  const { createOutputStore } = await import('../backend/pack/output-files');
  const { createFileWorkspaceStore } = await import('../backend/store/file-workspace-store');
  const { createTemplateSource } = await import('../backend/templates/template-source');
  const { BENCH_CLOCK, makeTenPagePolicy } = await import('./core-bench');
  const temp = await mkdtemp(join(tmpdir(), 'isms-docx-bench-'));
  try {
    let captured: DocxInput | null = null;
    const dispatch = createDispatcher(
      createService({
        store: createFileWorkspaceStore(),
        templates: createTemplateSource(),
        clock: BENCH_CLOCK,
        recent: null,
        sheets: lazySheetCodec,
        pack: lazyPackTools,
        pdf: renderPdfLazily,
        pages: (input) => {
          captured = input;
          return Promise.resolve(planPages(input));
        },
        outputs: createOutputStore(),
      }),
    );
    const dir = join(temp, 'demo');
    await callApi(dispatch, 'workspace.create', { dir, from: 'demo' });
    const id = await makeTenPagePolicy(dir);
    await callApi(dispatch, 'documents.export', { dir, id });
    const input = captured as DocxInput | null;
    if (!input) throw new Error('the export planned no pages');
    await task({ dispatch, dir, id, input });
  } finally {
    await rm(temp, { recursive: true, force: true });
  }
};
