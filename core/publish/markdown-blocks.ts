import type { Token } from 'marked';
import { xmlSafe } from '../docx/text';

/**
 * What the Word and PDF exporters read the same way from a Markdown block, so that a page
 * break, a heading's level or a code block never means one thing in Word and another in PDF.
 */

const PAGE_BREAK_COMMENT = /^<!--\s*page-?break\s*-->$/i;
const PAGE_BREAK_COMMANDS = new Set(['\\pagebreak', '\\newpage']);

/** `<!-- pagebreak -->` (also `page-break`), or a paragraph that is only `\pagebreak` or `\newpage`. */
export const isPageBreak = (token: Token): boolean =>
  (token.type === 'html' && PAGE_BREAK_COMMENT.test(String(token['text']).trim())) ||
  (token.type === 'paragraph' && PAGE_BREAK_COMMANDS.has(String(token['text']).trim()));

/** Headings deeper than four print as level four. */
export const headingLevel = (depth: number): number => Math.min(Math.max(depth, 1), 4);

/** A code block's text: tabs as four spaces, characters XML cannot carry removed. */
export const codeText = (text: string): string => xmlSafe(text.replace(/\t/g, '    '));
