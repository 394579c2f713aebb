/**
 * A map that keeps at most `limit` entries, dropping the least recently used: the small
 * per-process memories of the export path (lexed bodies, page plans, renders, Word files, parsed
 * records) keep the last few inputs, not everything ever seen.
 */
export type RecentlyUsed<K, V> = {
  /** The value kept for `key`, now the most recently used; undefined when none. */
  get(key: K): V | undefined;
  /** Keeps `value` for `key` as the most recently used, dropping the oldest past the limit. */
  set(key: K, value: V): void;
};

export const recentlyUsed = <K, V>(limit: number): RecentlyUsed<K, V> => {
  const kept = new Map<K, V>();
  return {
    get(key) {
      if (!kept.has(key)) return undefined;
      const value = kept.get(key) as V;
      kept.delete(key);
      kept.set(key, value);
      return value;
    },
    set(key, value) {
      if (kept.has(key)) kept.delete(key);
      else if (kept.size >= limit) kept.delete(kept.keys().next().value as K);
      kept.set(key, value);
    },
  };
};
