import { Marked } from 'marked';
import type { Token, Tokens } from 'marked';
import {
  asMarked,
  decodeEntities,
  plainText,
  readableText,
  renderMarked,
  xmlSafe,
} from '../docx/text';
import { htmlLines } from '../docx/html-text';
import { wellFormedLink } from '../publish/links';
import { codeText, headingLevel, isPageBreak } from '../publish/markdown-blocks';

/** A piece of text with one formatting; `text` is '\n' for a hard line break. */
export type Run = {
  readonly text: string;
  readonly bold?: boolean;
  readonly italic?: boolean;
  readonly code?: boolean;
  readonly strike?: boolean;
  readonly highlight?: boolean;
  readonly muted?: boolean;
  readonly link?: string;
};

export type Align = 'left' | 'center' | 'right' | null;

export type ListItem = { readonly blocks: readonly Block[]; readonly checked: boolean | null };

export type Block =
  | {
      readonly type: 'heading';
      readonly level: number;
      readonly runs: Run[];
      readonly text: string;
    }
  | { readonly type: 'paragraph'; readonly runs: Run[] }
  | {
      readonly type: 'list';
      readonly ordered: boolean;
      readonly start: number;
      readonly items: ListItem[];
    }
  | {
      readonly type: 'table';
      readonly header: Run[][];
      readonly rows: Run[][][];
      readonly align: Align[];
    }
  | { readonly type: 'code'; readonly text: string }
  | { readonly type: 'quote'; readonly blocks: Block[] }
  | { readonly type: 'rule' }
  | { readonly type: 'pagebreak' };

type Format = Omit<Run, 'text'>;

const markdown = new Marked({ gfm: true });

const inlineToken = (token: Token, format: Format): Run[] => {
  const t = asMarked(token);
  switch (t.type) {
    case 'text':
      return t.tokens ? inline(t.tokens, format) : [{ ...format, text: readableText(t.text) }];
    case 'escape':
      return [{ ...format, text: xmlSafe(t.text) }];
    case 'strong':
      return inline(t.tokens, { ...format, bold: true });
    case 'em':
      return inline(t.tokens, { ...format, italic: true });
    case 'del':
      return inline(t.tokens, { ...format, strike: true });
    case 'codespan':
      return [{ ...format, code: true, text: decodeEntities(xmlSafe(t.text)) }];
    case 'link': {
      const target = wellFormedLink(readableText(t.href));
      return inline(t.tokens, target ? { ...format, link: target } : format);
    }
    case 'image':
      return [
        { ...format, italic: true, muted: true, text: `[${readableText(t.text) || 'image'}]` },
      ];
    case 'br':
      return [{ ...format, text: '\n' }];
    case 'checkbox':
      return [{ ...format, text: t.checked ? '[x] ' : '[ ] ' }];
    case 'html':
      return /^<br\s*\/?>$/i.test(t.text.trim()) ? [{ ...format, text: '\n' }] : [];
    default:
      return [];
  }
};

/** Runs for inline tokens; `<mark>` … `</mark>` (unfilled fields) carry a highlight between them. */
export const inline = (tokens: readonly Token[], format: Format = {}): Run[] =>
  renderMarked(tokens, format, inlineToken);

const listItem = (item: Tokens.ListItem): ListItem => ({
  blocks: blocks(item.tokens.filter((t) => t.type !== 'checkbox')),
  checked: item.task ? (item.checked ?? false) : null,
});

const block = (token: Token): Block[] => {
  if (isPageBreak(token)) return [{ type: 'pagebreak' }];
  const t = asMarked(token);
  switch (t.type) {
    case 'heading': {
      const level = headingLevel(t.depth);
      return [{ type: 'heading', level, runs: inline(t.tokens), text: plainText(t.tokens) }];
    }
    case 'paragraph':
      return [{ type: 'paragraph', runs: inline(t.tokens) }];
    case 'text':
      return [{ type: 'paragraph', runs: t.tokens ? inline(t.tokens) : [{ text: t.text }] }];
    case 'list':
      return [
        {
          type: 'list',
          ordered: t.ordered,
          start: typeof t.start === 'number' ? t.start : 1,
          items: t.items.map(listItem),
        },
      ];
    case 'table':
      return [
        {
          type: 'table',
          header: t.header.map((c) => inline(c.tokens)),
          rows: t.rows.map((r) => t.header.map((_, i) => (r[i] ? inline(r[i].tokens) : []))),
          align: t.align.map((a) => a ?? null),
        },
      ];
    case 'blockquote':
      return [{ type: 'quote', blocks: blocks(t.tokens) }];
    case 'code':
      return [{ type: 'code', text: codeText(t.text) }];
    case 'hr':
      return [{ type: 'rule' }];
    case 'html': {
      const lines = htmlLines(t.text);
      if (lines.length === 0) return [];
      return [
        {
          type: 'paragraph',
          runs: lines.flatMap((text, i) => (i ? [{ text: '\n' }, { text }] : [{ text }])),
        },
      ];
    }
    default:
      return [];
  }
};

export const blocks = (tokens: readonly Token[]): Block[] => tokens.flatMap(block);

/** The document body as blocks, parsed with the same Markdown dialect as the Word export. */
export const parseBody = (source: string): Block[] => blocks(markdown.lexer(source));
