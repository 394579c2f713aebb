import { Tokenizer, TypeGuards, type Liquid } from 'liquidjs';

/**
 * A run of a template body that Liquid can render on its own: it starts at the start of a line
 * after a blank line, and every block tag it opens (`if`, `for`, `capture`, `raw`...) it also
 * closes. `line` is the 0-based line of its first line in the body.
 */
export type BodyGroup = {
  readonly text: string;
  readonly line: number;
  /** It changes what later text sees (`assign`, `capture`, counters, `cycle`). */
  readonly stateful: boolean;
  /**
   * It captures text: a captured field is kept as its placeholder, numbered within the whole
   * render, so such a body is rendered whole.
   */
  readonly captures: boolean;
};

type Analysis =
  | { readonly ok: false }
  | {
      readonly ok: true;
      readonly events: readonly string[];
      readonly stateful: boolean;
      readonly captures: boolean;
    };

const BLOCKS = new Set(['if', 'unless', 'for', 'case', 'capture', 'tablerow', 'raw', 'comment']);
const STATEFUL = new Set(['assign', 'capture', 'increment', 'decrement', 'cycle', 'liquid']);
// A blank line (blanks allowed) ends a chunk; the next chunk starts on the following line.
const BLANK_LINES = /\n(?:[ \t\r]*\n)+/g;

/** Splits a body at its blank lines; the pieces joined give the body back. */
export const splitAtBlankLines = (body: string): string[] => {
  const chunks: string[] = [];
  let start = 0;
  for (const match of body.matchAll(BLANK_LINES)) {
    const end = match.index + match[0].length;
    if (end < body.length) {
      chunks.push(body.slice(start, end));
      start = end;
    }
  }
  chunks.push(body.slice(start));
  return chunks;
};

/**
 * Groups a body's chunks so that no Liquid block or tag runs from one group into the next.
 * Returns null when the body's tags do not pair up (the full render reports that error).
 */
export const createGrouper = (engine: Liquid) => {
  let cache = new Map<string, Analysis>();

  const analyse = (text: string, next: Map<string, Analysis>): Analysis => {
    const found = cache.get(text) ?? next.get(text) ?? tokenEvents(engine, text);
    next.set(text, found);
    return found;
  };

  return (body: string): BodyGroup[] | null => {
    const next = new Map<string, Analysis>();
    const chunks = splitAtBlankLines(body);
    const groups: BodyGroup[] = [];
    const open: string[] = [];
    let text = '';
    let line = 0;
    let lines = 0;
    let stateful = false;
    let captures = false;
    for (let i = 0; i < chunks.length; i += 1) {
      let chunk = chunks[i]!;
      let found = analyse(chunk, next);
      // A tag or output with a blank line inside it: read on until it closes.
      while (!found.ok && i + 1 < chunks.length) {
        i += 1;
        chunk += chunks[i]!;
        found = analyse(chunk, next);
      }
      if (!found.ok || !pairUp(open, found.events)) return null;
      text += chunk;
      stateful ||= found.stateful;
      captures ||= found.captures;
      lines += countLines(chunk);
      if (open.length > 0) continue;
      groups.push({ text, line, stateful, captures });
      line += lines;
      text = '';
      lines = 0;
      stateful = false;
      captures = false;
    }
    cache = next;
    return open.length === 0 ? groups : null;
  };
};

/** The block tags a text opens and closes, in order; not ok when a tag is left unclosed. */
const tokenEvents = (engine: Liquid, text: string): Analysis => {
  try {
    const { operators, groupedExpressions } = engine.options;
    const tokenizer = new Tokenizer(text, operators, undefined, undefined, groupedExpressions);
    const events: string[] = [];
    let stateful = false;
    let captures = false;
    for (const token of tokenizer.readTopLevelTokens(engine.options)) {
      if (!TypeGuards.isTagToken(token)) continue;
      const name = token.name;
      if (STATEFUL.has(name) || (name === 'for' && /\bcontinue\b/.test(token.args))) {
        stateful = true;
      }
      if (name === 'capture') captures = true;
      if (BLOCKS.has(name) || (name.startsWith('end') && BLOCKS.has(name.slice(3)))) {
        events.push(name);
      }
    }
    return { ok: true, events, stateful, captures };
  } catch {
    return { ok: false };
  }
};

/**
 * Applies a chunk's block tags to the stack of open blocks. Inside `raw` and `comment` only
 * their own end counts, as Liquid reads them. False when an end tag closes the wrong block.
 */
const pairUp = (open: string[], events: readonly string[]): boolean => {
  for (const name of events) {
    const top = open.at(-1);
    if ((top === 'raw' || top === 'comment') && name !== `end${top}`) continue;
    if (!name.startsWith('end')) open.push(name);
    else if (top === name.slice(3)) open.pop();
    else return false;
  }
  return true;
};

const countLines = (text: string): number => {
  let count = 0;
  for (let at = text.indexOf('\n'); at !== -1; at = text.indexOf('\n', at + 1)) count += 1;
  return count;
};
