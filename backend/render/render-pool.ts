import { availableParallelism, loadavg } from 'node:os';
import { Worker } from 'node:worker_threads';
import type {
  ControlledExportJob,
  ControlledExportResult,
  DocumentRunner,
  ExportJob,
  ExportJobResult,
  FrozenExportJob,
  RenderJob,
} from '../../core/api/service/document-jobs';
import { cancelledError, type CancelSignal } from '../../core/cancellation';
import { AppError, ERROR_CODES, type ErrorCode } from '../../core/errors';
import type { Workspace } from '../../core/model/workspace';
import type { RenderResult } from '../../core/templates/types';
import type { WorkerReply, WorkerRequest } from './protocol';
import { threadCpuMs } from './thread-cpu';
import { exportInline } from './inline-export';
import type { ResultCache } from './result-cache';

export type RenderPoolOptions = {
  /** Worker threads; by default one per core, at most four. */
  readonly size?: number;
  /**
   * Each worker's old-generation heap limit, in megabytes. V8 grows a heap by a factor that
   * depends on its limit: with the default (several gigabytes) a worker's heap grows to about
   * three times what it holds, and two workers pushed a demo export past 300 MB of resident
   * memory. At 1,024 MB the growth factor is about 1.6; a 10,000-risk workspace still fits.
   */
  readonly heapLimitMb?: number;
  /**
   * Each worker's young generation (where new objects start), in megabytes. V8's default
   * (about 48 MB) is mostly garbage between collections: at 8 MB the demo export's peak resident
   * memory fell by 40-55 MB (fresh demo 267-272 -> 226-231 MB, a workspace without stored Word
   * files 304 -> 248 MB) for the same CPU time within the noise.
   */
  readonly youngGenerationMb?: number;
  /**
   * The folder where the workers keep word widths between processes (width-table.ts); null or
   * absent: measured afresh by each process.
   */
  readonly widthTables?: string | null;
  /** A render or export still running after this many milliseconds is stopped. */
  readonly timeoutMs?: number;
  /** The worker's script; by default the one beside this module (TypeScript under tsx). */
  readonly workerFile?: string | URL;
  /**
   * Keeps results between processes (see result-cache.ts): a function of the worker file,
   * because the key must name the code that produced a result; null when it cannot (sources).
   */
  readonly resultCache?: ((workerFile: string | URL) => ResultCache | null) | null;
  /**
   * Scales the wall-clock limit by the machine's load (load average per core, when above 1, at
   * most MAX_LOAD_SCALE times) as each worker starts: on a shared machine at load 30 a job gets
   * a fifteenth of a core, and the demo's longest documents were stopped as runaways. Where the
   * system tells a thread's processor time (Linux), a job is also stopped once its worker has
   * used `timeoutMs` of it, whatever the load. The command line turns it on.
   */
  readonly scaleLimitWithLoad?: boolean;
  /**
   * A batch announced by `prepare` with at most this many Word files to make (and none kept) is
   * made on the calling thread, within the bounds of a render nothing can stop from outside
   * (INLINE_RENDER_LIMITS), and no worker is started: for a one-shot command, starting a worker
   * (about half a second of CPU to load the engine and the page layout) costs more than making a
   * few drafts. A job that fails or outruns those bounds there is made again on a worker, so an
   * answer never depends on where it was made. The command line turns it on; the app does not,
   * since its backend thread must stay free to answer.
   */
  readonly inlineExports?: number;
};

export type RenderPool = DocumentRunner & { readonly close: () => Promise<void> };

/** Long enough for a very large document on a slow machine; short enough that nobody waits long. */
export const DEFAULT_RENDER_TIMEOUT_MS = 10_000;

export const DEFAULT_WORKER_HEAP_LIMIT_MB = 1024;

export const DEFAULT_WORKER_YOUNG_GENERATION_MB = 8;

/**
 * A Word file made from a frozen record runs no template, so nothing in it can run away: its
 * limit only guards against a hang, and a loaded machine must not make an approval fail.
 */
export const FROZEN_EXPORT_LIMIT_MS = 120_000;

const frozenLimit = (limitMs: number) => Math.max(limitMs, FROZEN_EXPORT_LIMIT_MS);

/**
 * The most the wall-clock limit grows with the load: a runaway template is stopped within 30 s
 * (of a 10 s limit) however busy the machine, and a legitimate document still has three times
 * its fair share of the time. With processor time known, the 10 s of it usually comes first.
 */
export const MAX_LOAD_SCALE = 3;

/** How often a running job's processor time is read. */
const CPU_POLL_MS = 250;

/** `limitMs` times the load average per core, when that is above 1. */
export const loadScaled = (
  limitMs: number,
  load = loadavg()[0] ?? 0,
  cores = availableParallelism(),
) => Math.round(limitMs * Math.max(1, load / Math.max(1, cores)));

/** A worker's wall-clock limit: `loadScaled`, at most MAX_LOAD_SCALE times `limitMs`. */
export const wallLimit = (limitMs: number, load?: number, cores?: number) =>
  Math.min(loadScaled(limitMs, load, cores), limitMs * MAX_LOAD_SCALE);

type StoppedBy = 'cpu' | 'wall';

const seconds = (ms: number) => `${+(ms / 1000).toFixed(1)} s`;

/**
 * Why a render was stopped, naming the limit that stopped it: the processor-time limit, or the
 * wall-clock limit (the same limit, or, under load, that limit grown up to MAX_LOAD_SCALE).
 */
export const runawayMessage = (
  documentId: string,
  by: StoppedBy,
  wallMs: number,
  cpuMs: number,
): string => {
  const what =
    by === 'cpu'
      ? `took longer than ${seconds(cpuMs)} of processor time`
      : wallMs > cpuMs
        ? `took longer than ${seconds(wallMs)} by the clock (its ${seconds(cpuMs)} limit, ` +
          `grown with the machine's load)`
        : `took longer than ${seconds(wallMs)}`;
  return (
    `Rendering ${documentId} ${what} and was stopped. ` +
    'Look for a loop or a range that is far too large in its template.'
  );
};

type Task = {
  readonly request: Omit<WorkerRequest, 'id' | 'workspaceKey' | 'workspace'>;
  /** Null for a job that reads no workspace: the worker keeps the one it holds. */
  readonly workspace: Workspace | null;
  readonly documentId: string;
  readonly resolve: (value: unknown) => void;
  readonly reject: (error: Error) => void;
};

type Slot = {
  worker: Worker | null;
  /** This worker's wall-clock limit (see scaleLimitWithLoad). */
  limitMs: number;
  /** The worker's system thread id, for its processor time; null where unknown. */
  thread: number | null;
  /** Reads the running job's processor time (see CPU_POLL_MS). */
  cpuTimer?: NodeJS.Timeout;
  /** The worker has loaded its modules; a job's time starts only then. */
  ready: boolean;
  task: Task | null;
  workspaceKey: number;
  timer?: NodeJS.Timeout;
};

const defaultWorkerFile = (): URL =>
  import.meta.url.endsWith('.ts')
    ? new URL('./render-worker-source.mjs', import.meta.url)
    : new URL('./render-worker.mjs', import.meta.url);

const toError = (reply: Extract<WorkerReply, { ok: false }>): Error => {
  const code = (ERROR_CODES as readonly string[]).includes(reply.error.code)
    ? (reply.error.code as ErrorCode)
    : 'render-failed';
  return new AppError(code, reply.error.message, reply.error.details);
};

/**
 * Renders and exports documents in worker threads with a hard time limit: a template that runs
 * away (a huge range through a filter, say) has its worker terminated after `timeoutMs`, the
 * request fails naming the document, and other requests carry on in the other workers.
 */
export const createRenderPool = (options: RenderPoolOptions = {}): RenderPool => {
  const size = options.size ?? Math.max(1, Math.min(4, availableParallelism()));
  const timeoutMs = options.timeoutMs ?? DEFAULT_RENDER_TIMEOUT_MS;
  const workerFile = options.workerFile ?? defaultWorkerFile();
  const resourceLimits = {
    maxOldGenerationSizeMb: options.heapLimitMb ?? DEFAULT_WORKER_HEAP_LIMIT_MB,
    maxYoungGenerationSizeMb: options.youngGenerationMb ?? DEFAULT_WORKER_YOUNG_GENERATION_MB,
  };
  const slots: Slot[] = Array.from({ length: size }, () => ({
    worker: null,
    limitMs: timeoutMs,
    thread: null,
    ready: false,
    task: null,
    workspaceKey: 0,
  }));
  const queue: Task[] = [];
  const workspaceKeys = new WeakMap<Workspace, number>();
  let nextKey = 1;
  let nextId = 1;
  let closed = false;

  const keyOf = (workspace: Workspace) => {
    let key = workspaceKeys.get(workspace);
    if (key === undefined) {
      key = nextKey++;
      workspaceKeys.set(workspace, key);
    }
    return key;
  };

  const stopClock = (slot: Slot) => {
    clearTimeout(slot.timer);
    clearInterval(slot.cpuTimer);
  };

  const finish = (slot: Slot) => {
    stopClock(slot);
    slot.task = null;
    slot.worker?.unref();
    pump();
  };

  const discard = (slot: Slot) => {
    const worker = slot.worker;
    slot.worker = null;
    slot.ready = false;
    slot.workspaceKey = 0;
    if (worker) void worker.terminate();
  };

  const start = (at: Slot): Worker => {
    at.ready = false;
    at.thread = null;
    at.limitMs = options.scaleLimitWithLoad ? wallLimit(timeoutMs) : timeoutMs;
    // The worker sets the engine's own limit to this hard bound (see render-worker.ts).
    const worker = new Worker(workerFile, {
      workerData: { timeLimitMs: at.limitMs, widthTables: options.widthTables ?? null },
      resourceLimits,
    });
    const slot = () => slots.find((s) => s.worker === worker);
    worker.on('message', (reply: WorkerReply | 'ready' | { thread: number }) => {
      const owner = slot();
      if ('thread' in Object(reply)) {
        if (owner) owner.thread = (reply as { thread: number }).thread;
        return;
      }
      if (reply === 'ready') {
        if (owner) owner.ready = true;
        if (owner?.task) startClock(owner, owner.task);
        return;
      }
      const task = owner?.task;
      if (!owner || !task || typeof reply !== 'object' || !('ok' in reply)) return;
      if (reply.ok) task.resolve(reply.result);
      else task.reject(toError(reply));
      finish(owner);
    });
    worker.on('error', (error) => {
      const owner = slot();
      if (!owner) return;
      owner.task?.reject(
        new AppError(
          'render-failed',
          `Rendering ${owner.task.documentId} failed: ${error.message}`,
          {
            documentId: owner.task.documentId,
          },
        ),
      );
      discard(owner);
      finish(owner);
    });
    at.worker = worker;
    return worker;
  };

  const run = (slot: Slot, task: Task) => {
    slot.worker ??= start(slot);
    slot.worker.ref();
    slot.task = task;
    const key = task.workspace ? keyOf(task.workspace) : slot.workspaceKey;
    const request: WorkerRequest = {
      ...task.request,
      id: nextId++,
      workspaceKey: key,
      workspace: slot.workspaceKey === key ? null : task.workspace,
    } as WorkerRequest;
    slot.workspaceKey = key;
    if (slot.ready) startClock(slot, task);
    slot.worker.postMessage(request);
  };

  const startClock = (slot: Slot, task: Task) => {
    // A worker says "ready" again after loading a module a job needed: the clock starts over.
    stopClock(slot);
    const frozen = task.request.kind === 'exportFrozen';
    const limitMs = frozen ? frozenLimit(slot.limitMs) : slot.limitMs;
    const cpuLimitMs = frozen ? frozenLimit(timeoutMs) : timeoutMs;
    const stop = (by: StoppedBy) => {
      task.reject(
        new AppError('render-failed', runawayMessage(task.documentId, by, limitMs, cpuLimitMs), {
          documentId: task.documentId,
          timeoutMs: limitMs,
          stoppedBy: by,
        }),
      );
      discard(slot);
      finish(slot);
    };
    slot.timer = setTimeout(() => stop('wall'), limitMs);
    const thread = slot.thread;
    const startCpu = thread === null || limitMs <= cpuLimitMs ? null : threadCpuMs(thread);
    if (thread === null || startCpu === null) return;
    // The job's own work, however busy the machine: its worker's processor time.
    slot.cpuTimer = setInterval(() => {
      const used = threadCpuMs(thread);
      if (used !== null && used - startCpu > cpuLimitMs) stop('cpu');
    }, CPU_POLL_MS);
  };

  const pump = () => {
    for (const slot of slots) {
      const task = slot.task ? undefined : queue.shift();
      if (task) run(slot, task);
    }
  };

  /** A cancelled task leaves the queue, or has its worker terminated if it is running. */
  const withdraw = (task: Task) => {
    const queued = queue.indexOf(task);
    if (queued >= 0) queue.splice(queued, 1);
    task.reject(cancelledError(`Rendering ${task.documentId}`));
    const slot = slots.find((s) => s.task === task);
    if (!slot) return;
    discard(slot);
    finish(slot);
  };

  const submit = <T>(
    request: Task['request'],
    workspace: Workspace | null,
    documentId: string,
    signal?: CancelSignal,
  ): Promise<T> =>
    new Promise<T>((resolve, reject) => {
      if (closed) {
        reject(new AppError('internal', 'The render workers have been shut down'));
        return;
      }
      if (signal?.aborted) return reject(cancelledError(`Rendering ${documentId}`));
      const onAbort = () => withdraw(task);
      const task: Task = {
        request,
        workspace,
        documentId,
        resolve: (value) => {
          signal?.removeEventListener('abort', onAbort);
          resolve(value as T);
        },
        reject: (error) => {
          signal?.removeEventListener('abort', onAbort);
          reject(error);
        },
      };
      signal?.addEventListener('abort', onAbort);
      queue.push(task);
      pump();
    });

  const cache = options.resultCache?.(workerFile) ?? null;

  /** A stored result when the same job ran before (in any process); else the workers' answer. */
  const submitCached = async <T>(
    request: Task['request'],
    workspace: Workspace,
    documentId: string,
    signal?: CancelSignal,
    run: (request: Task['request']) => Promise<T> = (r) =>
      submit<T>(r, workspace, documentId, signal),
  ): Promise<T> => {
    if (!cache) return run(request);
    const key = cache.key(request.kind, workspace, request.job);
    const known = await cache.get(key);
    if (known !== undefined) return known as T;
    const result = await run(request);
    await cache.set(key, result);
    return result;
  };

  /**
   * Runs a controlled export with the Word file of its frozen record when one was made before
   * (by any export, whatever the workspace looked like then), and keeps a newly made one: the
   * whole job's key changes with any edit in the workspace, the frozen file's does not.
   */
  const withFrozenBytes = async (
    job: ControlledExportJob,
    render: Omit<RenderJob, 'workspace'>,
  ): Promise<ControlledExportResult> => {
    const record = job.frozen?.record;
    // A Word file stored at approval needs no copy here; the cache serves older workspaces.
    const key = cache && record && !job.storedWordFile ? cache.frozenKey(record) : null;
    const made = key ? await cache?.get(key) : undefined;
    const frozenBytes = made instanceof Uint8Array ? { frozenBytes: made } : {};
    const result = await submit<ControlledExportResult>(
      { kind: 'exportControlled', job: { ...job, render, ...frozenBytes } },
      job.render.workspace,
      job.render.meta.id,
    );
    if (key && result.source === 'record' && made === undefined) {
      await cache?.set(key, result.bytes);
    }
    return result;
  };

  /** Jobs `prepare` chose to make on this thread (see RenderPoolOptions.inlineExports). */
  const inlineJobs = new WeakSet<ControlledExportJob>();

  const split = <J extends RenderJob>(job: J) => {
    const { workspace, ...rest } = job;
    return { workspace, rest };
  };

  return {
    render: (job: RenderJob, signal?: CancelSignal) => {
      const { workspace, rest } = split(job);
      return submitCached<RenderResult>(
        { kind: 'render', job: rest },
        workspace,
        job.meta.id,
        signal,
      );
    },
    exportDocument: (job: ExportJob) => {
      const { workspace, rest } = split(job.render);
      return submitCached<ExportJobResult>(
        { kind: 'export', job: { render: rest, docx: job.docx } },
        workspace,
        job.render.meta.id,
      );
    },
    exportControlled: (job: ControlledExportJob) => {
      const { workspace, rest } = split(job.render);
      const onWorker = () => withFrozenBytes(job, rest);
      return submitCached<ControlledExportResult>(
        { kind: 'exportControlled', job: { ...job, render: rest } },
        workspace,
        job.render.meta.id,
        undefined,
        inlineJobs.has(job)
          ? () => exportInline(job, options.widthTables ?? null).catch(onWorker)
          : onWorker,
      );
    },
    prepare: (jobs: readonly ControlledExportJob[]) => {
      if (closed) return;
      const coming = cache
        ? jobs.filter((job) => {
            const { workspace, rest } = split(job.render);
            return !cache.has(cache.key('exportControlled', workspace, { ...job, render: rest }));
          })
        : jobs;
      if (coming.length <= (options.inlineExports ?? 0) && slots.every((s) => !s.worker)) {
        for (const job of coming) inlineJobs.add(job);
        return;
      }
      // Started unreferenced: a worker given no job never keeps the process alive.
      for (const slot of slots.filter((s) => !s.worker).slice(0, coming.length)) {
        start(slot).unref();
      }
    },
    exportFrozen: (job: FrozenExportJob) =>
      submit<Uint8Array>({ kind: 'exportFrozen', job }, null, job.documentId),
    close: async () => {
      closed = true;
      for (const task of queue.splice(0)) {
        task.reject(new AppError('internal', 'The render workers have been shut down'));
      }
      await Promise.all(slots.map((slot) => slot.worker?.terminate() ?? Promise.resolve(0)));
    },
  };
};
