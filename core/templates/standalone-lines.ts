import { TypeGuards, type TopLevelToken } from 'liquidjs';

type Range = { readonly start: number; readonly end: number };
type HtmlSpan = {
  readonly begin: number;
  readonly end: number;
  trimLeft: number;
  trimRight: number;
};

/**
 * Makes a line that holds only tags (`{% for %}`, `{% endif %}`, ...) and blanks vanish from the
 * output together with its line break, as Mustache does for standalone tags. Without this a loop
 * that builds table rows would put a blank line between rows and end the table. Works on the
 * tokens, so line and column numbers still point into the original text.
 */
export const removeStandaloneTagLines = (tokens: TopLevelToken[]): void => {
  const lines = findStandaloneLines(tokens);
  if (lines.length === 0) return;
  for (const token of tokens) {
    if (TypeGuards.isHTMLToken(token)) trimToken(token, lines);
  }
};

const INLINE_BLANK = /[ \t\r]/;

const findStandaloneLines = (tokens: readonly TopLevelToken[]): Range[] => {
  const found: Range[] = [];
  let lineStart = 0;
  let hasTag = false;
  let blank = true;
  for (const token of tokens) {
    if (!TypeGuards.isHTMLToken(token)) {
      if (TypeGuards.isTagToken(token)) hasTag = true;
      else blank = false;
      continue;
    }
    const { input } = token;
    for (let i = token.begin + token.trimLeft; i < token.end - token.trimRight; i++) {
      const char = input.charAt(i);
      if (char === '\n') {
        if (hasTag && blank) found.push({ start: lineStart, end: i + 1 });
        lineStart = i + 1;
        hasTag = false;
        blank = true;
      } else if (!INLINE_BLANK.test(char)) {
        blank = false;
      }
    }
  }
  const end = tokens.at(-1)?.end ?? 0;
  if (hasTag && blank) found.push({ start: lineStart, end });
  return found;
};

// A standalone line always contains a tag, so it can only cover the head, the tail or all of an
// HTML token, never a stretch in its middle.
const trimToken = (token: HtmlSpan, lines: readonly Range[]): void => {
  const begin = token.begin + token.trimLeft;
  const end = token.end - token.trimRight;
  for (const line of lines) {
    if (line.end <= begin || line.start >= end) continue;
    if (line.start <= begin && line.end >= end) {
      token.trimLeft = token.end - token.begin;
      token.trimRight = 0;
      return;
    }
    if (line.start <= begin) token.trimLeft = line.end - token.begin;
    else token.trimRight = token.end - line.start;
  }
};
