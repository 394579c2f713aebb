import { createBlockHtml } from '../../../../core/preview/block-html';
import { lexWhole } from '../../../../core/preview/markdown-edges';
import { SIMPLE_OUTPUT, type PrintedOutput } from '../../../../core/preview/output-values';
import {
  printAt,
  resolveDeferred,
  type DeferredValues,
} from '../../../../core/templates/deferred-values';
import type { KnownOutputs } from './preview-runner';

/** One edit of the body: `[fromA, toA)` of the text before became `[fromB, toB)` of the text after. */
export type BodyEdit = {
  readonly fromA: number;
  readonly toA: number;
  readonly fromB: number;
  readonly toB: number;
};

/** A preview block to swap: the block showing `before` now shows `after` (unsanitised HTML). */
export type EchoPatch = { readonly before: string; readonly after: string };

type Chunk = { readonly start: number; readonly end: number; readonly text: string };

const lineStart = (text: string, pos: number) => text.lastIndexOf('\n', pos - 1) + 1;
const lineEnd = (text: string, pos: number) => {
  const at = text.indexOf('\n', pos);
  return at < 0 ? text.length : at;
};
const blank = (text: string, start: number, end: number) => /^[ \t]*$/.test(text.slice(start, end));

/** The lines around `[from, to]` up to the nearest blank lines, or null on a blank line. */
const chunkAround = (text: string, from: number, to: number): Chunk | null => {
  let start = lineStart(text, from);
  if (blank(text, start, lineEnd(text, start))) return null;
  while (start > 0) {
    const before = lineStart(text, start - 1);
    if (blank(text, before, start - 1)) break;
    start = before;
  }
  let end = lineEnd(text, to);
  while (end < text.length) {
    const next = lineEnd(text, end + 1);
    if (blank(text, end + 1, next)) break;
    end = next;
  }
  return { start, end, text: text.slice(start, end) };
};

const once = (text: string, chunk: Chunk) =>
  text.indexOf(chunk.text) === chunk.start && text.indexOf(chunk.text, chunk.start + 1) < 0;

// Text the echo leaves to the worker: raw HTML (`<`), and text indented or fenced, whose meaning
// depends on the lines around it. Liquid other than simple outputs (any `{` or `}` left) too.
const LEFT_TO_WORKER = /[<]|^[ \t]|^(?:```|~~~)/m;
const BRACES = /[{}]/;
// The engine keeps only the ends of a very long line; such a paragraph is left to the worker.
const LONGEST = 4_000;

/**
 * A paragraph's Markdown with each simple output printed as the worker prints it: placed by the
 * same rules (`printAt`, `resolveDeferred`) from the values the worker sent. Null when any output
 * has no known value or any other Liquid is left.
 */
const fillOutputs = (
  text: string,
  values: ReadonlyMap<string, PrintedOutput> | undefined,
): string | null => {
  if (!text.includes('{{')) return BRACES.test(text) ? null : text;
  if (!values || text.length > LONGEST) return null;
  const deferred: DeferredValues = [];
  let out = '';
  let last = 0;
  for (const match of text.matchAll(SIMPLE_OUTPUT)) {
    const printed = values.get(match[0]);
    const between = text.slice(last, match.index);
    if (!printed || BRACES.test(between)) return null;
    out += between;
    const line = out.slice(out.lastIndexOf('\n') + 1);
    out += printAt(line, (where) => printed[where], deferred).placeholder;
    last = match.index + match[0].length;
  }
  const rest = text.slice(last);
  return BRACES.test(rest) ? null : resolveDeferred(out + rest, deferred);
};
// A link reference definition changes links anywhere in the document.
const DEFINITION = /^ {0,3}\[[^\]\n]+\]:/m;

/**
 * The live preview's echo of a keystroke on the page's own thread. The preview is rendered by the
 * template engine in a worker (which can be stopped if a template runs away), and its answer
 * reaches the page a frame after the editor's. For the commonest edit, typing inside a paragraph
 * or heading of plain Markdown, no template code is involved: the block's new HTML is the
 * Markdown's own, so the page converts that one block itself and shows it in the editor's frame.
 *
 * A paragraph with placeholders (`{{ organisation.name }}`) is echoed too when the worker has
 * said how each of its outputs prints and that the paragraph, in the text it last rendered, is a
 * top-level group with no tags and no state changed before it (so no loop variable or `assign`
 * can give an output another value there). The page runs no template: it places the worker's
 * printed values as the engine places them.
 *
 * Anything else (tags, outputs with no known value, whitespace control, HTML, lists, tables,
 * code, an edit across a blank line) returns null and waits for the worker, whose answer
 * replaces the echo in every case.
 */
export const createPreviewEcho = () => {
  const toHtml = createBlockHtml();
  const blockOf = (text: string, values?: ReadonlyMap<string, PrintedOutput>): string | null => {
    if (LEFT_TO_WORKER.test(text)) return null;
    const markdown = fillOutputs(text, values);
    if (markdown === null) return null;
    const { blocks, links } = lexWhole(markdown);
    const only = blocks[0];
    if (blocks.length !== 1 || !only || Object.keys(links).length > 0) return null;
    if (only.type !== 'paragraph' && only.type !== 'heading') return null;
    return toHtml(blocks, links)[0] ?? null;
  };

  return (
    before: string,
    after: string,
    edit: BodyEdit,
    known: KnownOutputs | null = null,
  ): EchoPatch | null => {
    const old = chunkAround(before, edit.fromA, edit.toA);
    const now = chunkAround(after, edit.fromB, edit.toB);
    // The edit must stay inside one block: no blank line typed or joined.
    if (!old || !now || old.start !== now.start) return null;
    if (before.length - old.end !== after.length - now.end) return null;
    if (DEFINITION.test(after) || DEFINITION.test(before)) return null;
    // The same text elsewhere (in a comment, a false condition, a loop) could be the block shown.
    if (!once(before, old) || !once(after, now)) return null;
    // Outputs print their fresh-context values only in a top-level group with no tags.
    const placeholders = old.text.includes('{{') || now.text.includes('{{');
    const rooted = known !== null && known.body === before && known.plain.has(old.start);
    const values = placeholders && rooted ? known.values : undefined;
    const was = blockOf(old.text, values);
    const is = blockOf(now.text, values);
    return was !== null && is !== null && was !== is ? { before: was, after: is } : null;
  };
};

export type PreviewEcho = ReturnType<typeof createPreviewEcho>;

/**
 * Where an echo goes in the blocks on screen: the one block showing `before`, when exactly one
 * does and none shows `after` yet (a repeated block could be the wrong one: the echo is skipped).
 */
export const placeEcho = (shown: readonly string[], patch: EchoPatch): number | null => {
  const at = shown.indexOf(patch.before);
  if (at < 0 || shown.indexOf(patch.before, at + 1) >= 0) return null;
  return shown.includes(patch.after) ? null : at;
};
