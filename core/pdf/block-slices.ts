import type { Token } from 'marked';
import { tokenMemory, type TokenMemory } from '../publish/token-key';
import { keepCaption, layoutBlock, type BodyContext } from './body';
import { paletteKey } from './flow-cache';
import { blocks, type Block } from './model';
import type { Slice } from './paginate';
import type { Measure } from './types';

/**
 * The body's top-level blocks laid out one by one, each kept by what it depends on, so laying a
 * document out again after an edit lays out only the blocks that changed; the page breaks are
 * still found over the whole sequence (paginate). A block's slices depend on its token, the
 * measure (the fonts: one memory per measure), the palette and the width; a block holding a
 * heading also on how many headings came before it (its anchor's number), so such a block is
 * reused only after as many headings as when it was laid out. Kept slices are shared: read-only.
 */
type Laid = {
  /** The kinds of the token's blocks (a token gives none, or one). */
  readonly types: readonly Block['type'][];
  readonly slices: readonly (readonly Slice[])[];
  /** The anchor counter before the block, or null when the block numbers no anchor. */
  readonly anchorsFrom: number | null;
  readonly anchors: number;
};

/**
 * A long document's blocks (the ten-page policy has 260): a batch export gains nothing from more,
 * and 1,500 raised the peak memory of 58 documents built in two workers by 16 MB.
 */
const LIMIT = 400;
const kept = new WeakMap<Measure, TokenMemory<Laid>>();

const laidOut = (token: Token, ctx: BodyContext, memory: TokenMemory<Laid>): Laid => {
  const frame = `${ctx.width} ${ctx.indent} ${ctx.quote} ${ctx.listLevel}`;
  const around = `${frame}\u0000${paletteKey(ctx.palette)}`;
  const hit = memory.get(token, around);
  if (hit && (hit.anchorsFrom === null || hit.anchorsFrom === ctx.anchors.next)) {
    ctx.anchors.next += hit.anchors;
    return hit;
  }
  const from = ctx.anchors.next;
  const own = blocks([token]);
  const slices = own.map((b) => layoutBlock(b, ctx, 6));
  const anchors = ctx.anchors.next - from;
  const types = own.map((b) => b.type);
  const laid = { types, slices, anchorsFrom: anchors > 0 ? from : null, anchors };
  memory.set(token, around, laid);
  return laid;
};

/**
 * The same slices as `layoutBlocks(blocks(tokens), ctx)` for a top-level flow (no indent, quote
 * or list around it), with unchanged blocks taken from the memory.
 */
export const topLevelSlices = (tokens: readonly Token[], ctx: BodyContext): Slice[] => {
  let memory = kept.get(ctx.measure);
  if (!memory) kept.set(ctx.measure, (memory = tokenMemory<Laid>(LIMIT)));
  const laid: { type: Block['type']; slices: readonly Slice[] }[] = [];
  for (const token of tokens) {
    const one = laidOut(token, ctx, memory);
    one.types.forEach((type, i) => laid.push({ type, slices: one.slices[i]! }));
  }
  return laid.flatMap(({ type, slices }, i) =>
    keepCaption(type, laid[i + 1]?.type, [...slices], slices[slices.length - 1]),
  );
};
