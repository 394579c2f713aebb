import { Marked } from 'marked';
import { recentlyUsed } from '../recently-used';
import { pageRuns, type PageRun } from './orientation';
import type { PdfFamily } from './pdf-fonts';

/** Our own instance, so extensions another module registers on the global `marked` never leak in. */
const markdown = new Marked({ gfm: true });

/**
 * The last few bodies lexed, by font family and Markdown text (all the runs depend on): an
 * export plans the pages of a body and then writes it to Word, and both read the same runs
 * instead of lexing the body twice. The tokens are shared: read-only.
 */
const LIMIT = 2;
const kept = recentlyUsed<string, readonly PageRun[]>(LIMIT);

/** The body's portrait and landscape runs of Markdown tokens (see `pageRuns`), lexed once per text. */
export const bodyPageRuns = (source: string, family: PdfFamily): readonly PageRun[] => {
  const key = `${family}\u0000${source}`;
  const hit = kept.get(key);
  if (hit) return hit;
  const runs = pageRuns(markdown.lexer(source), family);
  kept.set(key, runs);
  return runs;
};
