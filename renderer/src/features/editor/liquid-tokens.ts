/** What a piece of a Liquid tag is, for colouring it in the editor. */
export type LiquidTokenKind = 'brace' | 'keyword' | 'variable' | 'filter' | 'literal' | 'comment';

export type LiquidToken = {
  readonly from: number;
  readonly to: number;
  readonly kind: LiquidTokenKind;
};

const KEYWORDS = new Set(
  (
    'if elsif else endif unless endunless case when endcase for endfor in tablerow endtablerow ' +
    'break continue cycle assign capture endcapture increment decrement echo liquid comment ' +
    'endcomment raw endraw render include with as and or contains empty offset limit reversed'
  ).split(' '),
);
const LITERALS = new Set(['true', 'false', 'nil', 'null', 'blank']);

// A tag or placeholder, whitespace-trimming dashes included. `{% comment %}` and `{% raw %}`
// swallow everything up to their end tag, so their text is not read as Liquid.
const TAG = /\{%-?\s*(comment|raw)\s*-?%\}[\s\S]*?(?:\{%-?\s*end\1\s*-?%\}|$)|\{\{-?|\{%-?/g;
// Inside a tag: strings, numbers, names (with dots), the filter bar, the closer, a comment, and
// operators and brackets (coloured as the braces are).
const INSIDE =
  /("[^"]*"?|'[^']*'?)|(-?\d+(?:\.\d+)?)|([A-Za-z_][\w-]*(?:\.[\w-]+)*\??)|(\|)|(-?%\}|-?\}\})|(#.*?(?=-?%\}|$))|(==|!=|<>|<=|>=|[<>=[\]]|\.\.)/g;

/**
 * The coloured pieces of the Liquid in `text` (which starts at document position `offset`), in
 * order. A plain scan instead of a grammar, so the editor can colour only the lines on screen
 * and a keystroke costs the same in a ten-page document as in a short one.
 */
export const liquidTokens = (text: string, offset = 0): LiquidToken[] => {
  const tokens: LiquidToken[] = [];
  const push = (from: number, to: number, kind: LiquidTokenKind) =>
    tokens.push({ from: offset + from, to: offset + to, kind });
  TAG.lastIndex = 0;
  for (let open = TAG.exec(text); open; open = TAG.exec(text)) {
    if (open[1]) {
      push(open.index, open.index + open[0].length, 'comment');
      continue;
    }
    push(open.index, TAG.lastIndex, 'brace');
    TAG.lastIndex = tagBody(text, TAG.lastIndex, open[0].startsWith('{%'), push);
  }
  return tokens;
};

/** Colours one tag's inside from `start`; returns where scanning for the next tag resumes. */
const tagBody = (
  text: string,
  start: number,
  isTag: boolean,
  push: (from: number, to: number, kind: LiquidTokenKind) => void,
): number => {
  INSIDE.lastIndex = start;
  let first = isTag;
  let afterBar = false;
  for (let m = INSIDE.exec(text); m; m = INSIDE.exec(text)) {
    // A new tag opening, or a blank line, before this tag closed: the tag is unfinished.
    const gap = text.slice(start, m.index);
    if (/\{[{%]|\n\s*\n/.test(gap)) return start;
    start = INSIDE.lastIndex;
    const [, string, number, name, bar, close, comment, operator] = m;
    if (close || operator) {
      push(m.index, start, 'brace');
      if (operator) continue;
      return start;
    }
    if (string || number) push(m.index, start, 'literal');
    else if (comment) push(m.index, start, 'comment');
    else if (bar) afterBar = true;
    else if (name) {
      const kind =
        first || KEYWORDS.has(name)
          ? 'keyword'
          : afterBar
            ? 'filter'
            : LITERALS.has(name)
              ? 'literal'
              : 'variable';
      push(m.index, start, kind);
      afterBar = false;
    }
    first = false;
  }
  return start;
};
