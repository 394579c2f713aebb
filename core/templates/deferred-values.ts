import { Marked, type Token, type Tokens } from 'marked';
import {
  detectSettledContext,
  escapeLinkTail,
  opensLinkTail,
  type MarkdownContext,
} from './escape';

/** Prints a value for a given Markdown context. */
export type PrintIn = (where: MarkdownContext) => string;

/** A value printed for the context its line suggests, and a way to print it for another. */
type Deferred = {
  readonly settled: string;
  /** A backslash before the value that keeps the template's own last backslash literal. */
  readonly lead: string;
  /** The value starts a line of its own: if nothing follows it there, it may be paragraphs. */
  readonly standalone: boolean;
  /** True when the value ends a line start with digits, which a following `.` makes a list. */
  readonly endsInNumber: boolean;
  readonly print: PrintIn;
};

/** Values whose context is decided once the whole output is known, by placeholder number. */
export type DeferredValues = Deferred[];

const OPEN = '\uE000';
const CLOSE = '\uE001';
const PLACEHOLDER = /\uE000(\d+)\uE001/g;
const AT_LINE_START = /(\n[ \t]*)?\uE000(\d+)\uE001/g;

const lexer = new Marked({ gfm: true, breaks: false });

/**
 * Prints a value at the end of `linePrefix`. Whether it lands in a code span or a link
 * destination depends on text around it, also on later text and earlier lines (a closing
 * backtick, a code span running over a line break), so every value is written as a placeholder
 * and printed once the whole document is known (`resolveDeferred`). An unmatched backtick can
 * then never switch off the escaping. Returns the placeholder and its length as printed text.
 */
export const printAt = (
  linePrefix: string,
  print: PrintIn,
  deferred: DeferredValues,
): { placeholder: string; size: number } => {
  // A backslash the template leaves at the end would escape the value's own first escape.
  const lead = /(^|[^\\])(\\\\)*\\$/.test(linePrefix) ? '\\' : '';
  const context = detectSettledContext(linePrefix);
  const printed = print(context);
  const linked = opensLinkTail(linePrefix) ? escapeLinkTail(printed) : printed;
  // A value's leading `(` or `:` after the template's `]` would make a link of the template's
  // `[text]` or a reference definition of its line (hiding it, pointing links elsewhere).
  const settled = lead + (linePrefix.endsWith(']') ? linked.replace(/^[(:]/, '\\$&') : linked);
  const lastLine = settled.slice(settled.lastIndexOf('\n') + 1);
  deferred.push({
    settled,
    lead,
    standalone: context === 'line-start' && linePrefix.trim() === '' && lead === '',
    endsInNumber: /^\d{1,9}$/.test(lastLine) && (context === 'line-start' || lastLine !== settled),
    print,
  });
  return { placeholder: `${OPEN}${deferred.length - 1}${CLOSE}`, size: settled.length };
};

/** Where the Markdown parser put each placeholder, by placeholder number. */
type Placements = {
  readonly where: Map<string, MarkdownContext>;
  readonly inSpan: Set<string>;
  readonly inTable: Set<string>;
  /** Placeholders typed right after a bare address the template wrote (GFM links it by itself). */
  readonly afterAddress: Set<string>;
  /** Placeholders in a link destination after the template's own start of it (`mailto:`...). */
  readonly inAddressTail: Set<string>;
};

// An empty HTML comment ends GFM's bare address (which runs to the next blank or `<`) and shows
// nothing anywhere: the preview's sanitiser and the Word and PDF exports drop inline HTML.
const END_ADDRESS = '<!-- -->';

const numbersIn = (text: string): string[] =>
  [...text.matchAll(PLACEHOLDER)].map((m) => m[1] ?? '');

const BARE = (token: Token) => token.type === 'link' && !/^!?\[|^</.test(token.raw);

/**
 * Whether the template's text before a value, all one address GFM would link by itself, already
 * holds one (give or take what GFM leaves out at its end): then the value is text after it.
 */
const holdsAddress = (text: string): boolean => {
  let linked = false;
  void lexer.walkTokens(lexer.lexer(text), (token: Token) => {
    linked ||= BARE(token);
  });
  return linked;
};

/**
 * The placeholder a bare address ends just before, with no blank between: GFM stopped the
 * address there (an e-mail address stops at the marker, a web address may end in `(`), but the
 * value's own text would carry it on.
 */
const placeholdersAfterAddresses = (token: Token, into: Set<string>) => {
  for (const children of inlineListsOf(token)) {
    children.forEach((child, i) => {
      const next = /^[^\s<]*?\uE000(\d+)\uE001/.exec(children[i + 1]?.raw ?? '');
      if (next && BARE(child)) into.add(next[1] ?? '');
    });
  }
};

// The lists of sibling tokens directly under a token; a table keeps them in its cells.
const inlineListsOf = (token: Token): Token[][] => {
  if (token.type === 'table') {
    const table = token as Tokens.Table;
    return [...table.header, ...table.rows.flat()].map((cell) => cell.tokens);
  }
  return 'tokens' in token && Array.isArray(token.tokens) ? [token.tokens] : [];
};

const placementsOf = (markdown: string): Placements => {
  const placed: Placements = {
    where: new Map(),
    inSpan: new Set(),
    inTable: new Set(),
    afterAddress: new Set(),
    inAddressTail: new Set(),
  };
  const mark = (text: string, context: MarkdownContext) => {
    for (const n of numbersIn(text)) placed.where.set(n, context);
  };
  const markAddress = (href: string) => {
    mark(href, 'link-url');
    for (const n of numbersIn(href)) {
      if (!href.startsWith(`${OPEN}${n}${CLOSE}`)) placed.inAddressTail.add(n);
    }
  };
  // Without a backtick, a tilde fence, `<`, an indent, `](`, `]:` or an address, no value can sit
  // in code, HTML, a link destination or an address.
  if (!/[`~<@]|\][(:]| {4}|\t|:\/\/|www\./i.test(markdown)) return placed;
  void lexer.walkTokens(lexer.lexer(markdown), (token: Token) => {
    if (token.type === 'codespan' || token.type === 'code') mark(token.raw, 'code');
    if (token.type === 'codespan') numbersIn(token.raw).forEach((n) => placed.inSpan.add(n));
    if (token.type === 'table') numbersIn(token.raw).forEach((n) => placed.inTable.add(n));
    // Raw HTML (a tag, or a block that an HTML line starts) shows no Markdown escapes.
    if (token.type === 'html') mark(token.raw, 'html');
    // A reference definition's destination is a link's address, wherever the link is.
    if (token.type === 'def') markAddress(String(token.href));
    placeholdersAfterAddresses(token, placed.afterAddress);
    if (token.type !== 'link' && token.type !== 'image') return;
    const raw = token.raw;
    // A link the template wrote (`[text](...)`, `<https://...>`): the value fills its address.
    if (/^!?\[|^</.test(raw)) markAddress(String(token.href));
    // A bare address GFM links by itself: a value typed after the template's own address is
    // text after the link; one that completes the address (`https://{{ host }}`) stays in it.
    const first = PLACEHOLDER.exec(raw);
    PLACEHOLDER.lastIndex = 0;
    if (BARE(token) && first && holdsAddress(raw.slice(0, first.index))) {
      placed.afterAddress.add(first[1] ?? '');
    }
  });
  return placed;
};

// A value ending in `http`, `https`, `ftp` or `www` before the template's `://` or `.` would
// complete a bare address: its last letter becomes a character reference, read as itself.
const ADDRESS_START = /(?:^|[^A-Za-z0-9])(?:https?|ftp|www)$/i;

/** The value printed where the parser found no special context: the text of its line. */
const settledText = (value: Deferred, next: string): string => {
  if (value.endsInNumber && /^\d{0,9}[.)]/.test(next)) {
    return value.settled.replace(/\d$/, (digit) => `&#${digit.charCodeAt(0)};`);
  }
  // A value ending in `!` before the template's `[...](...)` would turn that link into an image.
  if (next.startsWith('[') && value.settled.endsWith('!')) {
    return `${value.settled.slice(0, -1)}&#33;`;
  }
  if (/^(:\/\/|\.)/.test(next) && ADDRESS_START.test(value.settled)) {
    return value.settled.replace(/[a-z]$/i, (letter) => `&#${letter.charCodeAt(0)};`);
  }
  return value.settled;
};

/** A value the parser put in no special context: paragraphs of their own, or its line's text. */
const settledValue = (
  value: Deferred,
  n: string,
  next: string,
  afterAddress: ReadonlySet<string>,
): string => {
  if (value.standalone && (next.startsWith('\n') || next === '')) return value.print('block');
  const settled = settledText(value, next);
  return afterAddress.has(n)
    ? `${value.lead}${END_ADDRESS}${settled.slice(value.lead.length)}`
    : settled;
};

/** The largest number in an ascending list that is below `at`, or -1. */
const lastBelow = (ascending: readonly number[], at: number): number => {
  let [low, high] = [0, ascending.length];
  while (low < high) {
    const middle = (low + high) >> 1;
    if ((ascending[middle] ?? at) < at) low = middle + 1;
    else high = middle;
  }
  return ascending[low - 1] ?? -1;
};

/**
 * Whether a place in the text comes after a `](` or `]:` of the same paragraph: a link's or a
 * reference definition's destination and title may run over line breaks (not over a blank
 * line), so a value's parenthesis or quote anywhere after one could close it.
 */
const linkTailsOf = (markdown: string): ((at: number) => boolean) => {
  if (!/\][(:]/.test(markdown)) return () => false;
  const tails = [...markdown.matchAll(/\][(:]/g)].map((m) => m.index);
  const breaks = [...markdown.matchAll(/\n[ \t]*(?=\n)/g)].map((m) => m.index);
  return (at) => lastBelow(tails, at) > lastBelow(breaks, at);
};

/** Replaces each placeholder with its value, printed for where the Markdown parser put it. */
export const resolveDeferred = (markdown: string, deferred: DeferredValues): string => {
  if (deferred.length === 0) return markdown;
  const { where, inSpan, inTable, afterAddress, inAddressTail } = placementsOf(markdown);
  const inLinkTail = linkTailsOf(markdown);
  // A code span turns a line break into a space; a value starting a line inside one moves up a
  // line, so nothing in it can start a block (a heading, a list, HTML) that breaks the span.
  return markdown.replace(
    AT_LINE_START,
    (found: string, lead: string | undefined, n: string, at: number) => {
      const value = deferred[Number(n)];
      if (!value) return lead ?? '';
      const context = where.get(n);
      const next = markdown.slice(at + found.length, at + found.length + 11);
      if (context === undefined) {
        const text = settledValue(value, n, next, afterAddress);
        return `${lead ?? ''}${inLinkTail(at) ? escapeLinkTail(text) : text}`;
      }
      // Right after `<` or `</` inside raw HTML (an HTML block, a comment), the value would name a
      // tag: its first letter is a reference there, as on a line of its own.
      const tagName =
        context === 'html' &&
        lead === undefined &&
        /<[!?/]?$/.test(markdown.slice(Math.max(0, at - 2), at));
      // After the template's `mailto:` or `https://host/`, an `@` of the value would move the
      // address to another mailbox or host; there it is percent-encoded.
      const printed = inAddressTail.has(n)
        ? value.print(context).replace(/@/g, '%40')
        : value.print(tagName ? 'html-start' : context);
      // GFM splits a table row at every unescaped pipe, inside code spans too.
      const kept = context === 'code' && inTable.has(n) ? printed.replace(/\|/g, '\\|') : printed;
      return `${inSpan.has(n) && lead ? ' ' : (lead ?? '')}${kept}`;
    },
  );
};
