import type { Token, Tokens } from 'marked';
import { asMarked, plainText } from '../docx/text';
import type { PdfFamily } from './pdf-fonts';
import { isWideTable } from './table-geometry';
import { isPageBreak } from './markdown-blocks';

/**
 * Which parts of a document body go on landscape pages. Both exports split the body the same way,
 * so the Word file's sections and the PDF's pages agree (and so do the contents' page numbers).
 *
 * - A table too wide for a portrait page (see `isWideTable`) goes on landscape pages by itself,
 *   with the heading and the introducing paragraph right before it.
 * - `<!-- landscape -->` ... `<!-- end landscape -->` puts everything between on landscape pages.
 * - `<!-- portrait -->` right before a table keeps that table on a portrait page.
 */
export type PageRun = { readonly landscape: boolean; readonly tokens: readonly Token[] };

const comment = (token: Token, pattern: RegExp): boolean =>
  token.type === 'html' && pattern.test((token as Tokens.HTML).text.trim());
const LANDSCAPE = /^<!--\s*landscape\s*-->$/i;
const END_LANDSCAPE = /^<!--\s*(end\s+landscape|\/\s*landscape)\s*-->$/i;
const PORTRAIT = /^<!--\s*portrait\s*-->$/i;

/** A landscape stretch this close to the next one (in blocks) joins it, not a portrait page. */
const SHORT_GAP = 3;

type Item = { token: Token; landscape: boolean };

const columnTexts = (table: Tokens.Table): string[][] =>
  table.header.map((head, column) => [
    plainText(head.tokens),
    ...table.rows.map((cells) => (cells[column] ? plainText(cells[column].tokens) : '')),
  ]);

/** The heading and the paragraph right before a landscape table move to its page. */
const pullLeadIn = (items: Item[], tableAt: number): void => {
  let i = tableAt - 1;
  const skipSpace = () => {
    while (i >= 0 && items[i]!.token.type === 'space') i--;
  };
  skipSpace();
  if (i >= 0 && items[i]!.token.type === 'paragraph' && !isPageBreak(items[i]!.token)) {
    items[i]!.landscape = true;
    i--;
    skipSpace();
  }
  while (i >= 0 && items[i]!.token.type === 'heading') {
    items[i]!.landscape = true;
    i--;
    skipSpace();
  }
};

const classify = (tokens: readonly Token[], family: PdfFamily): Item[] => {
  const items: Item[] = [];
  let block = false;
  let keepPortrait = false;
  for (const token of tokens) {
    if (comment(token, LANDSCAPE)) block = true;
    else if (comment(token, END_LANDSCAPE)) block = false;
    else if (comment(token, PORTRAIT)) keepPortrait = true;
    else if (token.type === 'table') {
      const wide =
        !keepPortrait && isWideTable(columnTexts(asMarked(token) as Tokens.Table), family);
      items.push({ token, landscape: block || wide });
      if (wide && !block) pullLeadIn(items, items.length - 1);
      keepPortrait = false;
    } else {
      items.push({ token, landscape: block });
      if (token.type !== 'space') keepPortrait = false;
    }
  }
  return items;
};

const toRuns = (items: readonly Item[]): { landscape: boolean; tokens: Token[] }[] => {
  const runs: { landscape: boolean; tokens: Token[] }[] = [];
  for (const { token, landscape } of items) {
    const last = runs[runs.length - 1];
    if (last && (last.landscape === landscape || token.type === 'space')) last.tokens.push(token);
    else runs.push({ landscape, tokens: [token] });
  }
  return runs;
};

const blocksIn = (tokens: readonly Token[]) => tokens.filter((t) => t.type !== 'space');

/** A short portrait stretch between two landscape ones stays on landscape pages. */
const joinShortGaps = (runs: { landscape: boolean; tokens: Token[] }[]) => {
  const out: { landscape: boolean; tokens: Token[] }[] = [];
  runs.forEach((run, i) => {
    const gap =
      !run.landscape &&
      runs[i - 1]?.landscape === true &&
      runs[i + 1]?.landscape === true &&
      blocksIn(run.tokens).length <= SHORT_GAP &&
      !run.tokens.some((t) => t.type === 'table' || isPageBreak(t));
    const last = out[out.length - 1];
    if (last && (gap || last.landscape === run.landscape) && last.landscape) {
      last.tokens.push(...run.tokens);
    } else out.push({ landscape: run.landscape, tokens: [...run.tokens] });
  });
  return out;
};

/** A page break where a new section starts anyway would leave a blank page. */
const trimBreaks = (
  run: { landscape: boolean; tokens: Token[] },
  first: boolean,
  last: boolean,
) => {
  const tokens = [...run.tokens];
  const edge = (t: Token | undefined) => t !== undefined && (t.type === 'space' || isPageBreak(t));
  if (!first) while (edge(tokens[0])) tokens.shift();
  if (!last) while (edge(tokens[tokens.length - 1])) tokens.pop();
  return { landscape: run.landscape, tokens };
};

/**
 * The body's top-level blocks in portrait and landscape runs, in order; markers removed. Tables
 * are measured in `family`, the body font both exports set them in.
 */
export const pageRuns = (tokens: readonly Token[], family: PdfFamily = 'Carlito'): PageRun[] => {
  const runs = joinShortGaps(toRuns(classify(tokens, family)));
  return runs
    .map((run, i) => trimBreaks(run, i === 0, i === runs.length - 1))
    .filter((run) => blocksIn(run.tokens).length > 0);
};
