import { createBlockHtml } from '../../../../core/preview/block-html';
import { lexWhole } from '../../../../core/preview/markdown-edges';

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

// Text the echo leaves to the worker: Liquid (`{`, `}`), raw HTML (`<`), and text indented or
// fenced, whose meaning depends on the lines around it.
const LEFT_TO_WORKER = /[{}<]|^[ \t]|^(?:```|~~~)/m;
// A link reference definition changes links anywhere in the document.
const DEFINITION = /^ {0,3}\[[^\]\n]+\]:/m;

/**
 * The live preview's echo of a keystroke on the page's own thread. The preview is rendered by the
 * template engine in a worker (which can be stopped if a template runs away), and its answer
 * reaches the page a frame after the editor's. For the commonest edit, typing inside a paragraph
 * or heading of plain Markdown, no template code is involved: the block's new HTML is the
 * Markdown's own, so the page converts that one block itself and shows it in the editor's frame.
 * Anything else (Liquid, HTML, lists, tables, code, an edit across a blank line) returns null
 * and waits for the worker, whose answer replaces the echo in every case.
 */
export const createPreviewEcho = () => {
  const toHtml = createBlockHtml();
  const blockOf = (text: string): string | null => {
    if (LEFT_TO_WORKER.test(text)) return null;
    const { blocks, links } = lexWhole(text);
    const only = blocks[0];
    if (blocks.length !== 1 || !only || Object.keys(links).length > 0) return null;
    if (only.type !== 'paragraph' && only.type !== 'heading') return null;
    return toHtml(blocks, links)[0] ?? null;
  };

  return (before: string, after: string, edit: BodyEdit): EchoPatch | null => {
    const old = chunkAround(before, edit.fromA, edit.toA);
    const now = chunkAround(after, edit.fromB, edit.toB);
    // The edit must stay inside one block: no blank line typed or joined.
    if (!old || !now || old.start !== now.start) return null;
    if (before.length - old.end !== after.length - now.end) return null;
    if (DEFINITION.test(after) || DEFINITION.test(before)) return null;
    // The same text elsewhere (in a comment, a false condition, a loop) could be the block shown.
    if (!once(before, old) || !once(after, now)) return null;
    const was = blockOf(old.text);
    const is = blockOf(now.text);
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
