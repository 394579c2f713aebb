import type { RenderContext } from '../../../../core/templates/context';
import type { PreviewOutput, PreviewReply, PreviewRequest } from './preview-protocol';

/** The error a render's promise rejects with when a newer body took its place. */
export class PreviewSuperseded extends Error {
  constructor() {
    super('A newer text replaced this one');
    this.name = 'PreviewSuperseded';
  }
}

/** A preview render still running after this long is stopped and reported. */
export const PREVIEW_TIME_LIMIT_MS = 3_000;

type Pending = {
  readonly seq: number;
  readonly resolve: (result: PreviewOutput) => void;
  readonly reject: (error: Error) => void;
  readonly timer: ReturnType<typeof setTimeout>;
};

/**
 * Renders preview bodies in a Web Worker with a time limit. A newer body replaces one still
 * waiting, whose promise rejects with PreviewSuperseded. A render past the limit terminates the
 * worker, which is started again, with the same data, for the next keystroke.
 */
export const createPreviewRunner = (
  limitMs = PREVIEW_TIME_LIMIT_MS,
  spawn: () => Worker = () =>
    new Worker(new URL('./preview-worker.ts', import.meta.url), { type: 'module' }),
) => {
  let worker: Worker | null = null;
  let context: RenderContext | null = null;
  let pending: Pending | null = null;
  let seq = 0;

  const post = (request: PreviewRequest) => ensureWorker().postMessage(request);

  const ensureWorker = (): Worker => {
    if (worker) return worker;
    const started = spawn();
    started.onmessage = (event: MessageEvent<PreviewReply>) => settle(event.data);
    started.onerror = (event) => {
      event.preventDefault();
      fail(new Error(`The preview stopped: ${event.message || 'its worker failed'}`));
      stop();
    };
    worker = started;
    if (context) started.postMessage({ type: 'context', context } satisfies PreviewRequest);
    return started;
  };

  const stop = () => {
    worker?.terminate();
    worker = null;
  };

  const settle = (reply: PreviewReply) => {
    if (!pending || pending.seq !== reply.seq) return;
    const { resolve, reject, timer } = pending;
    clearTimeout(timer);
    pending = null;
    if (reply.ok) resolve(reply.result);
    else reject(new Error(reply.message));
  };

  const fail = (error: Error) => {
    if (!pending) return;
    clearTimeout(pending.timer);
    pending.reject(error);
    pending = null;
  };

  return {
    setContext: (next: RenderContext) => {
      context = next;
      if (worker) post({ type: 'context', context });
    },
    render: (id: string, body: string): Promise<PreviewOutput> =>
      new Promise<PreviewOutput>((resolve, reject) => {
        fail(new PreviewSuperseded());
        const current = ++seq;
        const timer = setTimeout(() => {
          fail(
            new Error(
              `Rendering the preview took longer than ${limitMs / 1000} s and was stopped. ` +
                'Look for a loop or a range that is far too large.',
            ),
          );
          stop();
        }, limitMs);
        pending = { seq: current, resolve, reject, timer };
        post({ type: 'render', seq: current, id, body });
      }),
    dispose: () => {
      fail(new PreviewSuperseded());
      stop();
    },
  };
};

export type PreviewRunner = ReturnType<typeof createPreviewRunner>;
