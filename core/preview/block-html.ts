import { Marked, type Token, type TokensList } from 'marked';

/**
 * HTML for each top-level Markdown block, unsanitised. A block's HTML is kept by its source, so
 * a keystroke converts only the block it changed. Link reference definitions are shared by all
 * blocks, so a document that has any is converted whole each time.
 */
export const createBlockHtml = () => {
  const marked = new Marked({ gfm: true, breaks: false });
  let cache = new Map<string, string>();

  return (blocks: readonly Token[], links: Readonly<Record<string, unknown>>): string[] => {
    const shared = Object.keys(links).length > 0;
    const next = new Map<string, string>();
    const html = blocks.map((block) => {
      const found = shared ? undefined : (next.get(block.raw) ?? cache.get(block.raw));
      const made = found ?? marked.parser(asList(block, links));
      if (!shared) next.set(block.raw, made);
      return made;
    });
    cache = next;
    return html;
  };
};

const asList = (block: Token, links: Readonly<Record<string, unknown>>): TokensList =>
  Object.assign([block], { links: links as TokensList['links'] });
