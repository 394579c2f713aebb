import { diffArrays, diffWordsWithSpace } from 'diff';

/**
 * The two versions of a document merged into one Markdown text in which every inserted and
 * deleted piece is wrapped in marker characters. The merged text goes through the ordinary Word
 * block mapping (headings, lists, tables keep their styles), and the markers, which arrive in
 * the text of the Word runs, then become tracked insertions and deletions (redline-marks.ts).
 *
 * Markers are never put inside Markdown syntax: a line's prefix (heading hashes, list bullet,
 * quote arrow, indentation) and a table's pipes stay outside them, so the merged text has the
 * structure of the newer version, with deleted words and lines kept as text.
 */

type Mode = 'equal' | 'insert' | 'delete';
type Segment = { readonly mode: Mode; readonly text: string };
type Line = readonly Segment[];

/** Supplemental punctuation, so emphasis next to a marker still opens and closes as before. */
export const MARKS = {
  insert: { open: '\u2E00', close: '\u2E01' },
  delete: { open: '\u2E02', close: '\u2E03' },
} as const;
export const ANY_MARK = /[\u2E00-\u2E03]/g;

const HEADING = /^ {0,3}#{1,6}(?=\s|$)[ \t]*/;
const LIST = /^[ \t]*(?:[-*+]|\d{1,9}[.)])(?:[ \t]+|$)(?:\[[ xX]\][ \t]+)?/;
const QUOTE = /^(?: {0,3}>[ \t]?)+/;
const FENCE = /^ {0,3}(?:```|~~~)/;
const HR = /^ {0,3}([-*_])(?:[ \t]*\1){2,}[ \t]*$/;
const TABLE_DELIMITER = /^[ \t]*\|?[ \t:|-]*-[ \t:|-]*$/;
const HTML = /^ {0,3}(?:<!--|<\/?[A-Za-z][^>]*>\s*$)/;
const PIPE = /(?<!\\)\|/g;

/** Lines that are syntax only: markers inside them would break them. */
const SYNTAX_ONLY = new Set(['blank', 'fence', 'table-delimiter', 'hr', 'html']);

/** What kind of Markdown line this is; lines of the same shape are compared word by word. */
const shapeOf = (line: string): string => {
  if (line.trim() === '') return 'blank';
  const heading = HEADING.exec(line);
  if (heading) return `h${heading[0].trim().length}`;
  if (FENCE.test(line)) return 'fence';
  if (line.includes('|') && TABLE_DELIMITER.test(line)) return 'table-delimiter';
  if (/^[ \t]*\|/.test(line)) return `row${line.match(PIPE)?.length ?? 0}`;
  if (HR.test(line)) return 'hr';
  if (LIST.test(line)) return 'list';
  if (QUOTE.test(line)) return 'quote';
  if (HTML.test(line)) return 'html';
  return 'text';
};

/** How many characters at the start of the line are syntax that must stay unmarked. */
const prefixLength = (line: string, shape: string): number => {
  if (SYNTAX_ONLY.has(shape)) return line.length;
  if (shape.startsWith('h')) return HEADING.exec(line)![0].length;
  if (shape === 'list') return LIST.exec(line)![0].length;
  if (shape === 'quote') {
    const quote = QUOTE.exec(line)![0].length;
    const rest = line.slice(quote);
    return quote + prefixLength(rest, shapeOf(rest));
  }
  return /^\s*/.exec(line)![0].length;
};

const wrap = (mode: Mode, text: string): string =>
  text === '' || mode === 'equal' ? text : `${MARKS[mode].open}${text}${MARKS[mode].close}`;

/** In a table row the pipes are structure: marks close before each one and open after it. */
const wrapCells = (mode: Mode, text: string, shape: string): string =>
  shape.startsWith('row')
    ? text
        .split(PIPE)
        .map((cell) => {
          // A cell is trimmed by the table parser, so its padding stays outside the marks.
          const [, lead = '', text = '', trail = ''] = /^(\s*)([\s\S]*?)(\s*)$/.exec(cell)!;
          return lead + wrap(mode, text) + trail;
        })
        .join('|')
    : wrap(mode, text);

/**
 * One merged line as Markdown. The line takes the structure of the newer version (or of the
 * older one when all of it was deleted); pieces of the other version that fall inside the syntax
 * prefix are dropped. A deleted rule or HTML comment (a page break) is dropped, not kept.
 */
const serialise = (line: Line): string | null => {
  if (line.every((s) => s.mode === 'equal')) return line.map((s) => s.text).join('');
  const newer = line.some((s) => s.mode !== 'delete' && s.text.trim() !== '');
  const hidden: Mode = newer ? 'delete' : 'insert';
  const view = line
    .filter((s) => s.mode !== hidden)
    .map((s) => s.text)
    .join('');
  const shape = shapeOf(view);
  if (!newer && (shape === 'hr' || shape === 'html')) return null;
  const prefix = prefixLength(view, shape);
  let at = 0;
  let out = '';
  for (const segment of line) {
    if (segment.mode === hidden) {
      if (at >= prefix) out += wrap(segment.mode, segment.text.replace(PIPE, ''));
      continue;
    }
    const head = segment.text.slice(0, Math.max(0, prefix - at));
    at += segment.text.length;
    out += head + wrapCells(segment.mode, segment.text.slice(head.length), shape);
  }
  return out;
};

const whole = (mode: Mode, line: string): Line => [{ mode, text: line }];

/** Two lines of the same shape, word by word; the line break is not part of either. */
const pairedLine = (from: string, to: string): Line =>
  diffWordsWithSpace(from, to).map((c) => ({
    mode: c.added ? 'insert' : c.removed ? 'delete' : 'equal',
    text: c.value,
  }));

const words = (line: string): string[] => line.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];

/**
 * Whether two lines are versions of one another: the same kind of line sharing at least
 * two-fifths of their words. Others are shown as one deleted and one inserted.
 */
const sameLine = (from: string, to: string): boolean => {
  if (shapeOf(from) !== shapeOf(to)) return false;
  const a = words(from);
  const b = words(to);
  if (a.length + b.length === 0) return true;
  const left = new Map<string, number>();
  for (const w of a) left.set(w, (left.get(w) ?? 0) + 1);
  let shared = 0;
  for (const w of b) {
    const n = left.get(w) ?? 0;
    if (n > 0) {
      shared += 1;
      left.set(w, n - 1);
    }
  }
  return (2 * shared) / (a.length + b.length) >= 0.4;
};

/**
 * A run of deleted lines replaced by a run of inserted ones: lines that are versions of one
 * another are paired and compared word by word, the others are deleted or inserted whole. A
 * deleted line followed by an inserted one of another kind is kept apart by a blank line, so an
 * inserted paragraph is not read as the continuation of a deleted list item.
 */
const replacedLines = (removed: readonly string[], added: readonly string[]): Line[] => {
  const lines: Line[] = [];
  let i = 0;
  let j = 0;
  let lastDeleted: string | null = null;
  for (const chunk of diffArrays([...removed], [...added], { comparator: sameLine })) {
    for (let n = 0; n < chunk.value.length; n += 1) {
      if (chunk.removed) {
        lastDeleted = shapeOf(removed[i]!);
        lines.push(whole('delete', removed[i++]!));
        continue;
      }
      const shape = shapeOf(added[j]!);
      if (chunk.added && lastDeleted !== null && lastDeleted !== shape) {
        if (lastDeleted !== 'blank' && shape !== 'blank') lines.push(whole('equal', ''));
      }
      lines.push(
        chunk.added ? whole('insert', added[j++]!) : pairedLine(removed[i++]!, added[j++]!),
      );
      lastDeleted = null;
    }
  }
  return lines;
};

const linesOf = (text: string): string[] => text.replace(/\r\n?/g, '\n').split('\n');

/** The merged Markdown of two versions, with insertions and deletions marked. */
export const mergeForRedline = (from: string, to: string): string => {
  const clean = (text: string) => linesOf(text.replace(ANY_MARK, ''));
  const chunks = diffArrays(clean(from), clean(to));
  const lines: Line[] = [];
  for (let k = 0; k < chunks.length; k += 1) {
    const chunk = chunks[k]!;
    const next = chunks[k + 1];
    if (chunk.removed && next?.added) {
      lines.push(...replacedLines(chunk.value, next.value));
      k += 1;
    } else {
      const mode: Mode = chunk.added ? 'insert' : chunk.removed ? 'delete' : 'equal';
      lines.push(...chunk.value.map((line) => whole(mode, line)));
    }
  }
  return lines
    .map(serialise)
    .filter((line): line is string => line !== null)
    .join('\n');
};
