import { useCallback, useEffect, useEffectEvent, useState } from 'react';

type Settled<T> = {
  key: string;
  version: number;
  data: T | undefined;
  error: unknown;
};

export type QueryState<T> = {
  data: T | undefined;
  error: unknown;
  loading: boolean;
  /** Loads again, keeping the current data on screen meanwhile. */
  reload: () => void;
  /** Replaces the loaded data locally (after a save returned the new value). */
  replace: (data: T) => void;
};

/** Loads data for `key` (null: nothing to load) and drops answers for keys no longer wanted. */
export const useQuery = <T>(key: string | null, load: () => Promise<T>): QueryState<T> => {
  const [version, setVersion] = useState(0);
  const [settled, setSettled] = useState<Settled<T> | null>(null);
  const run = useEffectEvent(load);
  useEffect(() => {
    if (key === null) return;
    let live = true;
    run().then(
      (data) => live && setSettled({ key, version, data, error: undefined }),
      (error: unknown) =>
        live &&
        setSettled((prev) => ({
          key,
          version,
          data: prev?.key === key ? prev.data : undefined,
          error,
        })),
    );
    return () => {
      live = false;
    };
  }, [key, version]);
  const reload = useCallback(() => setVersion((v) => v + 1), []);
  const replace = useCallback(
    (data: T) => setSettled((prev) => (prev ? { ...prev, data, error: undefined } : prev)),
    [],
  );
  const current = settled?.key === key ? settled : null;
  return {
    data: current?.data,
    error: current?.error,
    loading: key !== null && (current === null || current.version !== version),
    reload,
    replace,
  };
};
