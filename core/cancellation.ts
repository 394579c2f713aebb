import { AppError } from './errors';

/**
 * What a long job checks to know it should stop: the part of the platform's AbortSignal that
 * core needs, so a real AbortSignal can be passed in and core still needs no DOM or Node types.
 */
export type CancelSignal = {
  readonly aborted: boolean;
  readonly addEventListener: (type: 'abort', listener: () => void) => void;
  readonly removeEventListener: (type: 'abort', listener: () => void) => void;
};

/** A signal and the function that raises it; listeners run once, at the first cancel. */
export const createCancel = (): { signal: CancelSignal; cancel: () => void } => {
  const listeners = new Set<() => void>();
  let aborted = false;
  const signal: CancelSignal = {
    get aborted() {
      return aborted;
    },
    addEventListener: (_type, listener) => void listeners.add(listener),
    removeEventListener: (_type, listener) => void listeners.delete(listener),
  };
  const cancel = () => {
    if (aborted) return;
    aborted = true;
    for (const listener of [...listeners]) listener();
    listeners.clear();
  };
  return { signal, cancel };
};

export const cancelledError = (what = 'The job'): AppError =>
  new AppError('cancelled', `${what} was cancelled.`);

export const throwIfCancelled = (signal: CancelSignal | undefined, what?: string): void => {
  if (signal?.aborted) throw cancelledError(what);
};

/**
 * Runs `task` for each item, at most `limit` at a time, in order of the items. The signal is
 * checked before each item starts, so after a cancel no new item starts; the promise rejects
 * with the cancel once the items already running have ended.
 */
export const mapLimited = async <T, R>(
  items: readonly T[],
  limit: number,
  task: (item: T, index: number) => Promise<R>,
  signal?: CancelSignal,
): Promise<R[]> => {
  const results = new Array<R>(items.length);
  let next = 0;
  const lane = async () => {
    while (next < items.length) {
      throwIfCancelled(signal);
      const index = next++;
      results[index] = await task(items[index]!, index);
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(limit, items.length)) }, lane));
  return results;
};
