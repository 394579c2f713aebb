type Json = unknown;

const isPlainObject = (value: Json): value is Record<string, Json> =>
  value !== null && typeof value === 'object' && !Array.isArray(value);

const idOf = (value: Json): string | null =>
  isPlainObject(value) && typeof value['id'] === 'string' ? value['id'] : null;

/**
 * Puts back the keys that the schema dropped when the file was read: a key written by a newer
 * version of the app, a script or a person editing workspace.json survives the next save.
 * `raw` is the file as it was on disk (after migration), `parsed` what the schema made of it and
 * `next` what is about to be written. A key counts as unknown when it is in `raw` but not in
 * `parsed`; keys the app changed or removed itself are left as `next` has them. Array items are
 * matched by their `id` where they have one, otherwise by position.
 */
export const keepUnknownKeys = (raw: Json, parsed: Json, next: Json): Json => {
  if (Array.isArray(raw) && Array.isArray(parsed) && Array.isArray(next)) {
    return (next as Json[]).map((item, index) => {
      const id = idOf(item);
      const at = id === null ? index : parsed.findIndex((p) => idOf(p) === id);
      if (at < 0 || at >= raw.length) return item;
      return keepUnknownKeys(raw[at] as Json, parsed[at] as Json, item);
    });
  }
  if (!isPlainObject(raw) || !isPlainObject(parsed) || !isPlainObject(next)) return next;
  const result: Record<string, Json> = { ...next };
  for (const [key, value] of Object.entries(raw)) {
    if (!(key in parsed)) {
      if (!(key in next)) result[key] = value;
    } else if (key in next) {
      result[key] = keepUnknownKeys(value, parsed[key], next[key]);
    }
  }
  return result;
};

/** The paths of the keys `keepUnknownKeys` would keep, for messages and tests. */
export const unknownKeyPaths = (raw: Json, parsed: Json, path = ''): string[] => {
  if (Array.isArray(raw) && Array.isArray(parsed)) {
    return raw.flatMap((item, i) => unknownKeyPaths(item, parsed[i], `${path}[${i}]`));
  }
  if (!isPlainObject(raw) || !isPlainObject(parsed)) return [];
  return Object.entries(raw).flatMap(([key, value]) => {
    const here = path ? `${path}.${key}` : key;
    return key in parsed ? unknownKeyPaths(value, parsed[key], here) : [here];
  });
};
