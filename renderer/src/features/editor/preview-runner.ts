import type { PrintedOutput } from '../../../../core/preview/output-values';
import type { RenderContext } from '../../../../core/templates/context';
import type { SyntaxProblem } from '../../../../core/templates/syntax-check';
import { renderTimeIn } from '../../../../core/templates/render-time';
import {
  createBlockDecoder,
  createBodySender,
  type PreviewOutput,
  type PreviewReply,
  type PreviewRequest,
} from './preview-protocol';

/** The error a render's promise rejects with when a newer body took its place. */
export class PreviewSuperseded extends Error {
  constructor() {
    super('A newer text replaced this one');
    this.name = 'PreviewSuperseded';
  }
}

/** A preview render still running after this long is stopped and reported. */
export const PREVIEW_TIME_LIMIT_MS = 3_000;

/**
 * What the worker last told of a body it rendered with the current data: where its top-level,
 * tag-free groups start, and how every output it has met prints.
 */
export type KnownOutputs = {
  readonly body: string;
  readonly plain: ReadonlySet<number>;
  readonly values: ReadonlyMap<string, PrintedOutput>;
};

type Pending = {
  readonly seq: number;
  readonly resolve: (result: PreviewOutput) => void;
  readonly reject: (error: Error) => void;
  /** Armed when the worker starts this render, so starting a worker on a busy machine is free. */
  timer: ReturnType<typeof setTimeout> | null;
};

/**
 * Renders preview bodies in a Web Worker with a time limit. A newer body replaces one still
 * waiting, whose promise rejects with PreviewSuperseded. A render past the limit terminates the
 * worker, which is started again, with the same data, for the next keystroke. The limit counts
 * from the moment the worker starts the render: loading the worker (slow on a busy machine) and
 * waiting behind an earlier render do not count.
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
  // Syntax checks answer in the order asked; a stopped worker fails those it had not answered.
  const checks = new Map<number, (problem: SyntaxProblem | null | Error) => void>();
  let checkSeq = 0;
  // Every reply is decoded, even one no longer awaited, so the page keeps the worker's blocks.
  const decoder = createBlockDecoder();
  // Bodies cross as changes from the last one this worker was sent.
  const bodyText = createBodySender();
  // Outputs' values hold for one context: a new context (or worker) starts them again.
  let generation = 0;
  let values = new Map<string, PrintedOutput>();
  let known: KnownOutputs | null = null;
  // The body of each render posted and not yet answered.
  const bodies = new Map<number, string>();
  const forget = () => {
    values = new Map();
    known = null;
  };

  const post = (request: PreviewRequest) => ensureWorker().postMessage(request);

  const ensureWorker = (): Worker => {
    if (worker) return worker;
    const started = spawn();
    decoder.reset();
    bodyText.reset();
    forget();
    started.onmessage = (event: MessageEvent<PreviewReply>) => settle(event.data);
    started.onerror = (event) => {
      event.preventDefault();
      fail(new Error(`The preview stopped: ${event.message || 'its worker failed'}`));
      stop();
    };
    worker = started;
    if (context) {
      const now = renderTimeIn(context);
      started.postMessage({ type: 'context', context, now, generation } satisfies PreviewRequest);
    }
    return started;
  };

  const stop = () => {
    worker?.terminate();
    worker = null;
    bodies.clear();
    for (const answer of checks.values()) answer(new Error('The preview worker stopped'));
    checks.clear();
  };

  /** The render awaiting reply `seq`, taken off the queue; null when a newer one replaced it. */
  const take = (replySeq: number) => {
    if (!pending || pending.seq !== replySeq) return null;
    const taken = pending;
    if (taken.timer !== null) clearTimeout(taken.timer);
    pending = null;
    return taken;
  };

  const arm = (replySeq: number) => {
    if (!pending || pending.seq !== replySeq || pending.timer !== null) return;
    pending.timer = setTimeout(() => {
      fail(
        new Error(
          `Rendering the preview took longer than ${limitMs / 1000} s and was stopped. ` +
            'Look for a loop or a range that is far too large.',
        ),
      );
      stop();
    }, limitMs);
  };

  const settle = (reply: PreviewReply) => {
    if ('check' in reply) {
      checks.get(reply.check)?.(reply.problem);
      checks.delete(reply.check);
      return;
    }
    if ('started' in reply) return arm(reply.seq);
    const body = bodies.get(reply.seq);
    bodies.delete(reply.seq);
    if (!reply.ok) return take(reply.seq)?.reject(new Error(reply.message));
    const blocks = decoder.decode(reply.result.blocks);
    const { fill } = reply.result;
    if (fill.generation === generation && body !== undefined) {
      for (const [output, printed] of Object.entries(fill.values)) values.set(output, printed);
      known = { body, plain: new Set(fill.plain), values };
    }
    take(reply.seq)?.resolve({ unfilled: reply.result.unfilled, blocks });
  };

  const fail = (error: Error) => {
    if (!pending) return;
    if (pending.timer !== null) clearTimeout(pending.timer);
    pending.reject(error);
    pending = null;
  };

  return {
    setContext: (next: RenderContext) => {
      context = next;
      generation += 1;
      forget();
      if (worker) post({ type: 'context', context, now: renderTimeIn(context), generation });
    },
    /** What the worker last told of outputs under the current data, or null. */
    knownOutputs: (): KnownOutputs | null => known,
    render: (id: string, body: string): Promise<PreviewOutput> =>
      new Promise<PreviewOutput>((resolve, reject) => {
        // A worker already inside a render may be stuck in it: the limit keeps running then.
        const running = pending !== null && pending.timer !== null;
        fail(new PreviewSuperseded());
        const current = ++seq;
        pending = { seq: current, resolve, reject, timer: null };
        bodies.set(current, body);
        if (running) arm(current);
        const worker = ensureWorker();
        worker.postMessage({
          type: 'render',
          seq: current,
          id,
          body: bodyText.send(body),
        } satisfies PreviewRequest);
      }),
    /** The body's Liquid syntax error (or null), found in the worker, not on the page's thread. */
    checkSyntax: (body: string): Promise<SyntaxProblem | null> =>
      new Promise((resolve, reject) => {
        const current = ++checkSeq;
        checks.set(current, (answer) =>
          answer instanceof Error ? reject(answer) : resolve(answer),
        );
        post({ type: 'syntax', check: current, body });
      }),
    dispose: () => {
      fail(new PreviewSuperseded());
      stop();
    },
  };
};

export type PreviewRunner = ReturnType<typeof createPreviewRunner>;
