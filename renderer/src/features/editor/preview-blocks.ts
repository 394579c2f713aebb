import { createBlockHtml } from '../../../../core/preview/block-html';
import { lexWhole } from '../../../../core/preview/markdown-edges';
import type { Sanitise } from './preview-html';

export type PreviewBlock = { readonly key: string; readonly html: string };

/** A block's identity on screen: its unsanitised HTML and which repeat of that HTML it is. */
export const blockKey = (occurrence: number, dirty: string) => `${occurrence}:${dirty}`;

/** The element that shows one block of clean HTML, remembered under its key. */
export const blockNode = (block: PreviewBlock, keys: WeakMap<Element, string>): HTMLDivElement => {
  const node = document.createElement('div');
  node.className = 'preview-block';
  node.innerHTML = block.html;
  keys.set(node, block.key);
  return node;
};

/**
 * Sanitises the preview one top-level block at a time. A keystroke changes one paragraph, so
 * every other block's clean HTML comes from the cache and only the changed one is sanitised
 * again. Keys are the block's HTML plus its occurrence, so repeated paragraphs stay distinct.
 * `one` sanitises a block shown ahead of the list (the page's echo of a keystroke) and keeps it
 * for the next list, which usually carries the same block.
 */
export const createBlockSanitiser = (sanitise: Sanitise) => {
  let cache = new Map<string, string>();
  let ahead = new Map<string, string>();

  const list = (blocks: readonly string[]): PreviewBlock[] => {
    const next = new Map<string, string>();
    const seen = new Map<string, number>();
    const clean = blocks.map((dirty) => {
      const occurrence = seen.get(dirty) ?? 0;
      seen.set(dirty, occurrence + 1);
      const html = next.get(dirty) ?? cache.get(dirty) ?? ahead.get(dirty) ?? sanitise(dirty);
      next.set(dirty, html);
      return { key: blockKey(occurrence, dirty), html };
    });
    cache = next;
    ahead = new Map();
    return clean;
  };
  const one = (dirty: string): string => {
    const html = cache.get(dirty) ?? ahead.get(dirty) ?? sanitise(dirty);
    ahead.set(dirty, html);
    return html;
  };
  return Object.assign(list, { one });
};

/** Markdown to sanitised HTML blocks in one step (for callers that hold the whole Markdown). */
export const createBlockRenderer = (sanitise: Sanitise) => {
  const toHtml = createBlockHtml();
  const clean = createBlockSanitiser(sanitise);
  return (markdown: string): PreviewBlock[] => {
    const { blocks, links } = lexWhole(markdown);
    return clean(toHtml(blocks, links));
  };
};

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
      node = blockNode(block, keys);
    }
    if (node === cursor) cursor = cursor.nextElementSibling;
    else container.insertBefore(node, cursor);
  }
  for (const stale of existing.values()) stale.remove();
};
