import { throwIfCancelled, type CancelSignal } from '../../cancellation';
import type { RenderResult } from '../../templates/types';
import type { DocumentRunner, RenderJob } from './document-jobs';
import { renderDocument } from './render-document';

/**
 * Bounds of a render on the calling thread, which nothing can stop from outside. The engine checks
 * its time between template steps, and every step is paid for in allocation units (a range, a
 * filter's list or text), which bounds the one thing the clock cannot interrupt: a single step.
 * At about a microsecond per unit, 100,000 units are well under 0.1 s (a demo document needs at
 * most 50,000). The time allows a demo document (tens of milliseconds) on a machine busy many
 * times over. A document outside either bound goes to the runner, whose workers are stopped at
 * their own hard limit, so a runaway template costs this thread these bounds and nothing more.
 */
export const INLINE_RENDER_LIMITS = {
  timeLimitMs: 1_000,
  memoryLimit: 100_000,
  /** Documents rendered here per check; past them the workers are worth their start. */
  documents: 4,
} as const;

export type RenderFn = (job: RenderJob, signal?: CancelSignal) => Promise<RenderResult>;

/**
 * The render of a check that has a few documents to fill (after one edit, the usual case): on
 * this thread within INLINE_RENDER_LIMITS, which saves starting a worker (about 0.3 s of CPU for
 * a render of a few tens of milliseconds). Anything that does not finish here within the bounds,
 * or fails for any reason, is rendered again by the runner and its answer is the one given, so
 * a result never depends on where it was made; after one such document, or past the budget, every
 * render goes to the runner.
 */
export const inlineFirst = (runner: DocumentRunner): RenderFn => {
  let left: number = INLINE_RENDER_LIMITS.documents;
  return async (job, signal) => {
    throwIfCancelled(signal);
    if (left > 0) {
      left -= 1;
      const { timeLimitMs, memoryLimit } = INLINE_RENDER_LIMITS;
      try {
        return await renderDocument({ ...job, timeLimitMs, memoryLimit });
      } catch {
        left = 0;
      }
    }
    return runner.render(job, signal);
  };
};
