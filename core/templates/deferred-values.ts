import { Marked, type Token } from 'marked';
import { detectMarkdownContext, detectSettledContext, type MarkdownContext } from './escape';

/** Prints a value for a given Markdown context. */
export type PrintIn = (where: MarkdownContext) => string;

/** A value printed for the context its line suggests, and a way to print it for another. */
type Deferred = {
  readonly settled: string;
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
  // After a `](` that turns out not to open a link destination, a `)` in the value must not
  // close one.
  const printed = print(context);
  const settled =
    lead +
    (detectMarkdownContext(linePrefix) === 'link-url' ? printed.replace(/[()]/g, '\\$&') : printed);
  const lastLine = settled.slice(settled.lastIndexOf('\n') + 1);
  deferred.push({
    settled,
    standalone: context === 'line-start' && linePrefix.trim() === '' && lead === '',
    endsInNumber:
      /^\d{1,9}$/.test(lastLine) && (context === 'line-start' || lastLine !== settled),
    print,
  });
  return { placeholder: `${OPEN}${deferred.length - 1}${CLOSE}`, size: settled.length };
};

/** Replaces each placeholder with its value, printed for where the Markdown parser put it. */
export const resolveDeferred = (markdown: string, deferred: DeferredValues): string => {
  if (deferred.length === 0) return markdown;
  const where = new Map<string, MarkdownContext>();
  const inSpan = new Map<string, MarkdownContext>();
  const inTable = new Map<string, MarkdownContext>();
  const mark = (text: string, context: MarkdownContext, into = where) => {
    for (const [, n = ''] of text.matchAll(PLACEHOLDER)) into.set(n, context);
  };
  // Without a backtick, a tilde fence, `<`, an indent or `](`, no value can sit in code,
  // HTML or a link destination.
  if (/[`~<]|\]\(| {4}|\t/.test(markdown)) {
    void lexer.walkTokens(lexer.lexer(markdown), (token: Token) => {
      if (token.type === 'codespan' || token.type === 'code') mark(token.raw, 'code');
      if (token.type === 'codespan') mark(token.raw, 'code', inSpan);
      if (token.type === 'table') mark(token.raw, 'table-cell', inTable);
      // Raw HTML (a tag, or a block that an HTML line starts) shows no Markdown escapes.
      if (token.type === 'html') mark(token.raw, 'html');
      // A bare address that GFM links by itself is text: the value there is printed as text.
      const written = token.raw.startsWith('[') || token.raw.startsWith('![');
      if ((token.type === 'link' || token.type === 'image') && written) {
        mark(String(token.href), 'link-url');
      }
    });
  }
  // A code span turns a line break into a space; a value starting a line inside one moves up a
  // line, so nothing in it can start a block (a heading, a list, HTML) that breaks the span.
  return markdown.replace(AT_LINE_START, (found: string, lead: string | undefined, n: string, at: number) => {
    const value = deferred[Number(n)];
    if (!value) return lead ?? '';
    const context = where.get(n);
    if (context === undefined) {
      const next = markdown.charAt(at + found.length);
      if (value.standalone && (next === '\n' || next === '')) {
        return `${lead ?? ''}${value.print('block')}`;
      }
      const settled =
        value.endsInNumber && /^\d{0,9}[.)]/.test(markdown.slice(at + found.length, at + found.length + 11))
          ? value.settled.replace(/\d$/, (digit) => `&#${digit.charCodeAt(0)};`)
          : value.settled;
      return `${lead ?? ''}${settled}`;
    }
    const printed = value.print(context);
    // GFM splits a table row at every unescaped pipe, inside code spans too.
    const kept = context === 'code' && inTable.has(n) ? printed.replace(/\|/g, '\\|') : printed;
    return `${inSpan.has(n) && lead ? ' ' : (lead ?? '')}${kept}`;
  });
};
