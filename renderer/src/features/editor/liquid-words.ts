import { FILTERS } from './field-names';

// The tags the app's Liquid engine accepts (it refuses the file tags: include, render, layout).
const TAGS = (
  'if elsif else endif unless endunless case when endcase for endfor tablerow endtablerow ' +
  'break continue cycle assign capture endcapture increment decrement echo liquid comment ' +
  'endcomment raw endraw'
).split(' ');

// Liquid's standard filters not already offered with the app's own (FILTERS).
const STANDARD_FILTERS = (
  'abs append at_least at_most capitalize ceil compact concat date default divided_by downcase ' +
  'escape escape_once first floor join last lstrip map minus modulo newline_to_br plus prepend ' +
  'remove remove_first replace replace_first reverse round rstrip size slice sort sort_natural ' +
  'split strip strip_html strip_newlines sum times truncate truncatewords uniq upcase url_decode ' +
  'url_encode where'
)
  .split(' ')
  .filter((name) => !FILTERS.includes(name));

const FORLOOP = 'first index index0 last length rindex rindex0'.split(' ');

export type LiquidWords = {
  /** Offset in `before` where the word being completed starts. */
  readonly from: number;
  readonly options: readonly { readonly label: string; readonly type: string }[];
};

const offer = (before: string, typed: string, words: readonly string[], type: string) => {
  const options = words.filter((w) => w.startsWith(typed)).map((label) => ({ label, type }));
  return options.length > 0 ? { from: before.length - typed.length, options } : null;
};

/**
 * Liquid's own words for the text before the cursor on its line: a tag name right after `{%`,
 * the loop's properties after `forloop.`, and the standard filters after `|`. Field names and
 * the app's filters come from fieldCompletion.
 */
export const liquidWords = (before: string): LiquidWords | null => {
  const tag = /\{%-?\s*(\w*)$/.exec(before);
  if (tag) return offer(before, tag[1]!, TAGS, 'keyword');
  const open = Math.max(before.lastIndexOf('{{'), before.lastIndexOf('{%'));
  const close = Math.max(before.lastIndexOf('}}'), before.lastIndexOf('%}'));
  if (open < 0 || close > open) return null;
  const inside = before.slice(open);
  const loop = /\bforloop\.(\w*)$/.exec(inside);
  if (loop) return offer(before, loop[1]!, FORLOOP, 'property');
  const filter = /\|\s*(\w*)$/.exec(inside);
  if (filter) return offer(before, filter[1]!, STANDARD_FILTERS, 'function');
  return null;
};
