import { parentPort, workerData } from 'node:worker_threads';
import {
  runControlledExportJob,
  runExportJob,
  runFrozenExportJob,
  runRenderJob,
} from '../../core/api/service/document-jobs';
import { renderDocument } from '../../core/api/service/render-document';
import { keptRenders } from '../../core/api/service/render-memo';
import { isAppError } from '../../core/errors';
import type { PagePlanner } from '../../core/api/publish-ports';
import type { Workspace } from '../../core/model/workspace';
import { keepWidthTablesIn } from '../pdf/width-table';
import type { WorkerReply, WorkerRequest } from './protocol';
import { ownThreadId } from './thread-cpu';

// One worker thread of the render pool: fills and exports documents, one job at a time. The main
// thread terminates it when a job runs past its time limit.

let held: { key: number; workspace: Workspace } | null = null;

// The pool terminates this thread when a job outlives its time limit, a bound nothing can defeat.
// The engine's own limit (2 s, for renders on a thread nothing can stop) is set to the same bound
// here, so a large document on a busy machine is not reported as broken after 2 s.
const options = workerData as { timeLimitMs?: number; widthTables?: string | null } | null;
const timeLimitMs = options?.timeLimitMs;
const limit = timeLimitMs === undefined ? {} : { timeLimitMs };
keepWidthTablesIn(options?.widthTables ?? null);

const workspaceFor = (request: WorkerRequest): Workspace => {
  if (request.workspace) held = { key: request.workspaceKey, workspace: request.workspace };
  if (!held || held.key !== request.workspaceKey) {
    throw new Error('the worker was sent a job without its workspace');
  }
  return held.workspace;
};

/** Renders kept per workspace revision: a document exported again unchanged is not filled again. */
const fill = keptRenders(renderDocument);

let planner: PagePlanner | null = null;
let saveWidths: (() => void) | null = null;

/**
 * The PDF layout that plans a Word file's pages, loaded with its fonts by the first export: a
 * worker that only renders (`isms check`, the documents list) never loads pdfkit or fontkit.
 * Loading is not the job's work, so the worker says "ready" again and the pool restarts the
 * job's clock.
 */
const pagePlanner = async (): Promise<PagePlanner> => {
  if (!planner) {
    const { planPages, warmUpPageLayout, saveWidthTables } = await import('../pdf/plan-pages');
    warmUpPageLayout();
    planner = planPages;
    saveWidths = saveWidthTables;
    parentPort?.postMessage('ready');
  }
  return planner;
};

const handle = async (request: WorkerRequest): Promise<unknown> => {
  if (request.kind === 'exportFrozen') {
    const pages = await pagePlanner();
    return runFrozenExportJob(request.job, pages).finally(() => saveWidths?.());
  }
  const workspace = workspaceFor(request);
  if (request.kind === 'render') return runRenderJob({ ...request.job, workspace, ...limit }, fill);
  const pages = await pagePlanner();
  try {
    if (request.kind === 'exportControlled') {
      return await runControlledExportJob(
        { ...request.job, render: { ...request.job.render, workspace, ...limit } },
        pages,
        fill,
      );
    }
    return await runExportJob(
      { render: { ...request.job.render, workspace, ...limit }, docx: request.job.docx },
      pages,
      fill,
    );
  } finally {
    // After every job, not at exit: the pool may terminate this thread at any moment.
    saveWidths?.();
  }
};

const failure = (id: number, error: unknown): WorkerReply => ({
  id,
  ok: false,
  error: isAppError(error)
    ? { code: error.code, message: error.message, details: { ...error.details } }
    : {
        code: 'render-failed',
        message: error instanceof Error ? error.message : String(error),
        details: {},
      },
});

parentPort?.on('message', (request: WorkerRequest) => {
  handle(request).then(
    (result) => {
      const bytes =
        result instanceof Uint8Array ? result : (result as { bytes?: Uint8Array }).bytes;
      const reply: WorkerReply = { id: request.id, ok: true, result };
      parentPort?.postMessage(reply, bytes ? [bytes.buffer as ArrayBuffer] : []);
    },
    (error: unknown) => parentPort?.postMessage(failure(request.id, error)),
  );
});

// The pool reads this thread's processor time for the job's limit, where the system tells it.
const thread = ownThreadId();
if (thread !== null) parentPort?.postMessage({ thread });
// The pool starts a job's clock only now, so loading the modules never counts against it.
parentPort?.postMessage('ready');
