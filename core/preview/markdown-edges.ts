import { Marked, type Token } from 'marked';

const markdown = new Marked({ gfm: true, breaks: false });

/** A piece of Markdown lexed on its own: its top-level blocks and the text of its two ends. */
export type Lexed = {
  /** Top-level blocks, blank space left out. */
  readonly blocks: readonly Token[];
  /** From the start of the last block to the end of the text. */
  readonly tail: string;
  /** From the start of the text to the end of the first block. */
  readonly head: string;
  /**
   * The piece cannot be read apart from the rest of the document: it defines link references
   * (which any other block may use), or its blocks do not add up to its text.
   */
  readonly global: boolean;
};

/** Lexes one piece of a document and keeps what a join with its neighbours needs. */
export const lexPiece = (text: string): Lexed => {
  const tokens = markdown.lexer(text);
  const blocks = tokens.filter((token) => token.type !== 'space');
  let length = 0;
  let head = 0;
  let tail = 0;
  for (const token of tokens) {
    if (token.type !== 'space') {
      if (head === 0) head = length + token.raw.length;
      tail = length;
    }
    length += token.raw.length;
  }
  const global =
    length !== text.length || Object.keys(tokens.links).length > 0 || text.includes('\r');
  return { blocks, head: text.slice(0, head), tail: text.slice(tail), global };
};

/**
 * Whether two pieces of a document, lexed apart, give the blocks the whole document gives. Their
 * facing blocks are lexed together (with the blank text between): a list that runs on, a fence
 * or HTML block left open, or any other block reaching across shows as fewer or other blocks.
 */
export const joinsCleanly = (before: Lexed, between: string, after: Lexed): boolean => {
  if (before.global || after.global) return false;
  const last = before.blocks.at(-1);
  const first = after.blocks[0];
  if (!last || !first) return false;
  const together = markdown.lexer(before.tail + between + after.head);
  const blocks = together.filter((token) => token.type !== 'space');
  return (
    blocks.length === 2 &&
    Object.keys(together.links).length === 0 &&
    sameBlock(blocks[0]!, last) &&
    sameBlock(blocks[1]!, first)
  );
};

const sameBlock = (a: Token, b: Token): boolean =>
  a.type === b.type && a.raw.trimEnd() === b.raw.trimEnd();

/** The document's top-level blocks when it must be read whole. */
export const lexWhole = (text: string): { blocks: Token[]; links: Record<string, unknown> } => {
  const tokens = markdown.lexer(text);
  return { blocks: tokens.filter((token) => token.type !== 'space'), links: tokens.links };
};
