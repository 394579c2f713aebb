import type { Token } from 'marked';
import { recentlyUsed } from '../recently-used';

/**
 * A lexed Markdown block as one string: everything the layout and the Word writer read of it
 * (its text, inline tokens, resolved link targets, list and table structure). Two blocks with
 * the same key are laid out and written the same way in the same surroundings. Written once per
 * token object: the page plan and the Word build share the lexed tokens (see body-runs.ts), so
 * both memories below look up the same string, whose hash the engine works out once.
 */
const keys = new WeakMap<Token, string>();

export const tokenKey = (token: Token): string => {
  let key = keys.get(token);
  if (key === undefined) keys.set(token, (key = JSON.stringify(token)));
  return key;
};

/** Values kept per block and per surroundings (a short string: width, palette, options). */
export type TokenMemory<V> = {
  get(token: Token, around: string): V | undefined;
  set(token: Token, around: string, value: V): void;
};

/** At most `limit` blocks kept, the least recently used dropped first. */
export const tokenMemory = <V>(limit: number): TokenMemory<V> => {
  const blocks = recentlyUsed<string, Map<string, V>>(limit);
  return {
    get: (token, around) => blocks.get(tokenKey(token))?.get(around),
    set(token, around, value) {
      const key = tokenKey(token);
      const kept = blocks.get(key) ?? new Map<string, V>();
      kept.set(around, value);
      blocks.set(key, kept);
    },
  };
};
