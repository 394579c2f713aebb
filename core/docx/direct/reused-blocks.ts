import type { Token } from 'marked';
import type { BlockOptions, HeadingEntry } from '../blocks';
import type { ListRef } from '../numbering';
import { tokenMemory } from '../../publish/token-key';
import { blockXml, type BlockWriter, type XmlContext } from './blocks-xml';

/** How far the body being written has numbered its lists and links (what a block's XML prints). */
export type BodyCounters = {
  /** Lists given a numId placeholder so far. */
  readonly lists: () => number;
  /** Hyperlinks given a relationship id so far. */
  readonly links: () => number;
};

/**
 * A top-level block as written, with what writing it told the body: the headings it listed, the
 * links it registered, the lists it allocated and numbered (each by its place among the block's
 * own allocations). A counter's starting value is kept only where the XML printed it (a bookmark
 * number, a link's relationship id, a list's numId placeholder): the block is reused only where
 * those counters stand where they stood.
 */
type Written = {
  readonly xml: readonly string[];
  readonly headings: readonly HeadingEntry[];
  readonly links: readonly string[];
  readonly allocations: readonly (readonly [boolean, number | undefined])[];
  readonly numbered: readonly number[];
  readonly headingsFrom: number | null;
  readonly linksFrom: number | null;
  readonly listsFrom: number | null;
};

/** A long document's blocks (the ten-page policy has 260); see core/pdf/block-slices.ts. */
const LIMIT = 400;
const kept = tokenMemory<Written>(LIMIT);

const stillFits = (kept: Written, ctx: XmlContext, counters: BodyCounters): boolean =>
  (kept.headingsFrom === null || kept.headingsFrom === ctx.headings.length) &&
  (kept.linksFrom === null || kept.linksFrom === counters.links()) &&
  (kept.listsFrom === null || kept.listsFrom === counters.lists());

/** Tells the body what writing the block told it the first time, in the same order. */
const replay = (kept: Written, ctx: XmlContext): readonly string[] => {
  ctx.headings.push(...kept.headings.map((entry) => ({ ...entry })));
  for (const target of kept.links) ctx.links.link(target);
  const refs = kept.allocations.map(([ordered, start]) => ctx.lists.allocate(ordered, start));
  for (const at of kept.numbered) ctx.numId(refs[at]!);
  return kept.xml;
};

/** Writes the block through a context that notes what it tells the body, and whether to keep it. */
const recorded = (
  token: Token,
  ctx: XmlContext,
  options: BlockOptions,
  counters: BodyCounters,
): { written: Written; keep: boolean } => {
  const headingsFrom = ctx.headings.length;
  const linksFrom = counters.links();
  const listsFrom = counters.lists();
  const links: string[] = [];
  const allocations: [boolean, number | undefined][] = [];
  const refs: ListRef[] = [];
  const numbered: number[] = [];
  let keep = true;
  const noting: XmlContext = {
    ...ctx,
    lists: {
      allocate: (ordered, start) => {
        const ref = ctx.lists.allocate(ordered, start);
        allocations.push([ordered, start]);
        refs.push(ref);
        return ref;
      },
    },
    links: {
      link: (target) => {
        links.push(target);
        return ctx.links.link(target);
      },
    },
    numId: (ref) => {
      const at = refs.indexOf(ref);
      // A list the block did not allocate: its number is not the block's to replay.
      if (at < 0) keep = false;
      numbered.push(at);
      return ctx.numId(ref);
    },
  };
  const xml = blockXml(token, noting, options);
  const headings = ctx.headings.slice(headingsFrom).map((entry) => ({ ...entry }));
  const written: Written = {
    xml,
    headings,
    links,
    allocations,
    numbered,
    headingsFrom: headings.length > 0 ? headingsFrom : null,
    linksFrom: links.length > 0 ? linksFrom : null,
    listsFrom: numbered.length > 0 ? listsFrom : null,
  };
  return { written, keep };
};

/**
 * A writer of top-level blocks that reuses a block written before when its token, its options,
 * the width, the font family and every counter its XML printed are the same: the XML is then the
 * bytes writing it again would give, and the body is told the same headings, links and lists.
 */
export const reusingWriter =
  (counters: BodyCounters): BlockWriter =>
  (token, ctx, options) => {
    const around = `${ctx.width}\u0000${ctx.family}\u0000${JSON.stringify(options)}`;
    const hit = kept.get(token, around);
    if (hit && stillFits(hit, ctx, counters)) return replay(hit, ctx);
    const { written, keep } = recorded(token, ctx, options, counters);
    if (keep) kept.set(token, around, written);
    return written.xml;
  };
