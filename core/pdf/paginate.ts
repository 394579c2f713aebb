import type { DrawOp, OutlineEntry } from './types';

/** An unbreakable strip of the page (a line of text, a table row) and how it sits in the flow. */
export type Slice = {
  readonly height: number;
  readonly spaceBefore?: number;
  readonly spaceAfter?: number;
  /** Must share a page with the slice that follows (headings, short tables, orphan lines). */
  readonly keepWithNext?: boolean;
  readonly pageBreakBefore?: boolean;
  /** Set on a landscape page; a change of orientation starts a new page. */
  readonly landscape?: boolean;
  /** A heading: becomes a bookmark and a contents entry pointing at this page. */
  readonly heading?: { readonly title: string; readonly level: number; readonly anchor: string };
  /** A table's header row, printed again when the table continues on a new page. */
  readonly repeatHeader?: Slice;
  /** Draw operations with the slice's top-left corner at (x, y). */
  readonly draw: (x: number, y: number) => DrawOp[];
};

export type Frame = { readonly left: number; readonly top: number; readonly bottom: number };

export type Pages = { pages: DrawOp[][]; landscape: boolean[]; outline: OutlineEntry[] };

/**
 * `draw: false` places the slices without making their drawing operations: the pages come back
 * empty, with the same page breaks, orientations and outline (what page planning needs).
 */
export type PaginateOptions = { readonly draw?: boolean };

/** Longest run of keep-with-next slices considered together; longer chains break anyway. */
const MAX_GROUP = 30;

const groupHeight = (slices: readonly Slice[], from: number): number => {
  let height = 0;
  for (let j = from; j < slices.length && j - from < MAX_GROUP; j++) {
    const s = slices[j]!;
    if (j > from && (s.pageBreakBefore || s.landscape !== slices[from]!.landscape)) break;
    height += (j > from ? (s.spaceBefore ?? 0) : 0) + s.height + (s.spaceAfter ?? 0);
    if (!s.keepWithNext) break;
  }
  return height;
};

/**
 * Places slices on pages top to bottom. A slice moves to the next page when it (with the slices
 * it must stay with) does not fit, unless the group is taller than a page; space before a slice
 * is dropped at the top of a page, and a continued table repeats its header row.
 */
export const paginate = (
  slices: readonly Slice[],
  frame: Frame,
  landscapeFrame: Frame = frame,
  options: PaginateOptions = {},
): Pages => {
  const drawing = options.draw !== false;
  const pages: DrawOp[][] = [[]];
  const landscape: boolean[] = [false];
  const outline: OutlineEntry[] = [];
  // Without drawing, the slices placed on the current page and where, to tell an empty page.
  let placed: { slice: Slice; x: number; y: number }[] = [];
  const current = () => (landscape[landscape.length - 1] ? landscapeFrame : frame);
  let y = frame.top;
  const atTop = () => y === current().top;
  const pageEmpty = () =>
    drawing
      ? pages[pages.length - 1]!.length === 0
      : placed.every((p) => p.slice.draw(p.x, p.y).length === 0);
  const newPage = (wide: boolean) => {
    pages.push([]);
    landscape.push(wide);
    placed = [];
    y = current().top;
  };
  const put = (s: Slice) => {
    if (!atTop()) y += s.spaceBefore ?? 0;
    if (s.heading) outline.push({ ...s.heading, page: pages.length - 1, y });
    if (drawing) pages[pages.length - 1]!.push(...s.draw(current().left, y));
    else placed.push({ slice: s, x: current().left, y });
    y += s.height + (s.spaceAfter ?? 0);
  };
  slices.forEach((s, i) => {
    const wide = s.landscape === true;
    if (wide !== landscape[landscape.length - 1]) {
      if (atTop() && pageEmpty()) landscape[landscape.length - 1] = wide;
      else newPage(wide);
    }
    if (s.pageBreakBefore && !atTop()) newPage(wide);
    const { bottom, top } = current();
    const needed = (s.spaceBefore ?? 0) + groupHeight(slices, i);
    const fitsGroup = y + needed <= bottom + 0.01;
    const fitsAlone = y + (s.spaceBefore ?? 0) + s.height <= bottom + 0.01;
    if (!atTop() && (!fitsGroup && needed <= bottom - top ? true : !fitsAlone)) newPage(wide);
    if (atTop() && s.repeatHeader && s.repeatHeader !== s && i > 0) put(s.repeatHeader);
    put(s);
  });
  return { pages, landscape, outline };
};
