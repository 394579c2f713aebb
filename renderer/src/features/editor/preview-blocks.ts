import { Marked, type Token, type TokensList } from 'marked';
import type { Sanitise } from './preview-html';

export type PreviewBlock = { readonly key: string; readonly html: string };

/**
 * Markdown to sanitised HTML one top-level block at a time. A keystroke changes one paragraph,
 * so every other block's HTML comes from the cache and only the changed one is parsed and
 * sanitised again. Keys are the block's source plus its occurrence, so repeated paragraphs stay
 * distinct.
 */
export const createBlockRenderer = (sanitise: Sanitise) => {
  const marked = new Marked({ gfm: true, breaks: false });
  let cache = new Map<string, string>();

  return (markdown: string): PreviewBlock[] => {
    const tokens = marked.lexer(markdown);
    const next = new Map<string, string>();
    const seen = new Map<string, number>();
    const blocks: PreviewBlock[] = [];
    for (const token of tokens) {
      if (token.type === 'space') continue;
      const occurrence = seen.get(token.raw) ?? 0;
      seen.set(token.raw, occurrence + 1);
      const key = `${occurrence}:${token.raw}`;
      const html = cache.get(key) ?? sanitise(marked.parser(single(token, tokens)));
      next.set(key, html);
      blocks.push({ key, html });
    }
    cache = next;
    return blocks;
  };
};

/** One token as a token list, keeping the document's reference-style link definitions. */
const single = (token: Token, all: TokensList): TokensList =>
  Object.assign([token], { links: all.links });

/** Brings `container`'s children in line with `blocks`, touching only blocks that changed. */
export const patchBlocks = (
  container: HTMLElement,
  blocks: readonly PreviewBlock[],
  keys: WeakMap<Element, string>,
): void => {
  const existing = new Map<string, Element>();
  for (const child of Array.from(container.children)) {
    const key = keys.get(child);
    if (key !== undefined) existing.set(key, child);
    else child.remove();
  }
  let cursor = container.firstElementChild;
  for (const block of blocks) {
    let node = existing.get(block.key);
    if (node) {
      existing.delete(block.key);
    } else {
      node = document.createElement('div');
      node.className = 'preview-block';
      node.innerHTML = block.html;
      keys.set(node, block.key);
    }
    if (node === cursor) cursor = cursor.nextElementSibling;
    else container.insertBefore(node, cursor);
  }
  for (const stale of existing.values()) stale.remove();
};
