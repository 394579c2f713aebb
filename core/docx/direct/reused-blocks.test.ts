import { Marked } from 'marked';
import { describe, expect, it } from 'vitest';
import type { HeadingEntry } from '../blocks';
import { ListAllocator, type ListRef } from '../numbering';
import { blockXml, type XmlContext } from './blocks-xml';
import { reusingWriter } from './reused-blocks';

const lex = (markdown: string) => new Marked({ gfm: true }).lexer(markdown)[0]!;

/** A body being written: its headings, lists and links, numbered as directBody numbers them. */
const body = (headingsBefore = 0, listsBefore = 0, linksBefore = 0) => {
  const headings: HeadingEntry[] = Array.from({ length: headingsBefore }, (_, i) => ({
    level: 1,
    text: `Earlier ${i}`,
    bookmark: `_TocH${String(i + 1).padStart(4, '0')}`,
  }));
  const lists: ListRef[] = Array.from({ length: listsBefore }, (_, i) => ({
    reference: 'bullet',
    instance: 100 + i,
    ordered: false,
  }));
  const links = Array.from({ length: linksBefore }, (_, i) => `https://example.org/${i}`);
  const ctx: XmlContext = {
    lists: new ListAllocator(),
    headings,
    links: { link: (target) => `rIdL${links.push(target)}` },
    numId: (ref) => {
      if (!lists.includes(ref)) lists.push(ref);
      return `\u0001${lists.indexOf(ref)}\u0001`;
    },
  };
  const write = reusingWriter({ lists: () => lists.length, links: () => links.length });
  return { ctx, write, headings, lists, links };
};

describe('reused top-level blocks', () => {
  const token = lex('## Scope [see](https://example.org/scope)\n');
  const list = lex('1. first [a](https://example.org/a)\n2. second\n   - nested\n');

  it('gives a block written again in the same place the same XML, and tells the body the same', () => {
    const first = body(2, 1, 3);
    const written = first.write(token, first.ctx, {});
    const again = body(2, 1, 3);
    expect(again.write(token, again.ctx, {})).toBe(written);
    expect(again.headings).toEqual(first.headings);
    expect(again.links).toEqual(first.links);
  });

  it('numbers a heading and a link again after a heading or link was added before it', () => {
    const earlier = body(2, 0, 4);
    earlier.write(token, earlier.ctx, {});
    const fresh = body(3, 0, 4);
    const moved = fresh.write(token, fresh.ctx, {});
    const reference = body(3, 0, 4);
    expect(moved).toEqual(blockXml(token, reference.ctx, {}));
    expect(moved.join('')).toContain('w:name="_TocH0004" w:id="4"');
    expect(moved.join('')).toContain('r:id="rIdL5"');
  });

  it('numbers a list again after a list was added before it, with the same allocations', () => {
    const before = body(0, 1, 0);
    before.write(list, before.ctx, {});
    const later = body(0, 2, 0);
    const xml = later.write(list, later.ctx, {});
    const reference = body(0, 2, 0);
    expect(xml).toEqual(blockXml(list, reference.ctx, {}));
    expect(later.lists.slice(2)).toEqual(reference.lists.slice(2));
    expect(xml.join('')).toContain('\u00012\u0001');
  });

  it('keeps blocks apart by their options: a caption before a table is not a plain paragraph', () => {
    const paragraph = lex('Introduces the table below.\n');
    const plain = body();
    const caption = body();
    expect(plain.write(paragraph, plain.ctx, {}).join('')).not.toContain('<w:keepNext/>');
    expect(caption.write(paragraph, caption.ctx, { beforeTable: true }).join('')).toContain(
      '<w:keepNext/>',
    );
  });
});
