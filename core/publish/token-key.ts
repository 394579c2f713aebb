import type { Token } from 'marked';

/**
 * A lexed Markdown block as one string: everything the layout and the Word writer read of it
 * (its text, inline tokens, resolved link targets, list and table structure). Two blocks with
 * the same key are laid out and written the same way in the same surroundings. Written once per
 * token object: the page plan and the Word build share the lexed tokens (see body-runs.ts).
 */
const keys = new WeakMap<Token, string>();

export const tokenKey = (token: Token): string => {
  let key = keys.get(token);
  if (key === undefined) keys.set(token, (key = JSON.stringify(token)));
  return key;
};
