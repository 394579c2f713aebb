/** Runs tasks one after another; a failed task does not stop the ones queued behind it. */
export type WriteQueue = {
  readonly run: <T>(task: () => Promise<T>) => Promise<T>;
};

export const createWriteQueue = (): WriteQueue => {
  let tail: Promise<unknown> = Promise.resolve();
  return {
    run: <T>(task: () => Promise<T>): Promise<T> => {
      const result = tail.then(task);
      tail = result.catch(() => undefined);
      return result;
    },
  };
};
