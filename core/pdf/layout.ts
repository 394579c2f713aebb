import { DRAFT_NOTICE } from '../docx/look';
import type { DocxInput } from '../docx/types';
import {
  brandPalette,
  DEFAULT_BRANDING,
  UNCONTROLLED_NOTE,
  type PublishBranding,
} from '../publish/branding';
import { lineOps, rule, type BodyContext } from './body';
import { topLevelSlices } from './block-slices';
import { contentsSlices, controlSlices, coverSlices } from './front';
import {
  CONTENT_BOTTOM,
  CONTENT_TOP,
  CONTENT_WIDTH,
  DEFAULT_PALETTE,
  PAGE,
  SIZE,
  type Palette,
} from './look';
import { bodyPageRuns } from '../publish/body-runs';
import { pdfFontFor } from '../publish/pdf-fonts';
import { paginate, type Slice } from './paginate';
import { flowText } from './text-flow';
import type { DrawOp, Measure, OutlineEntry, PdfLayout } from './types';
import { keptPlan, planKey } from './plan-cache';

export type PdfLayoutOptions = { readonly branding?: PublishBranding };

export const paletteFor = (branding: PublishBranding): Palette =>
  branding.colour.toUpperCase() === DEFAULT_BRANDING.colour
    ? DEFAULT_PALETTE
    : { ...DEFAULT_PALETTE, ...brandPalette(branding.colour) };

const frame = { left: PAGE.margin, top: CONTENT_TOP, bottom: CONTENT_BOTTOM };
const landscapeFrame = { left: PAGE.margin, top: CONTENT_TOP, bottom: PAGE.width - PAGE.margin };
/** The text width of a landscape page (wide tables). */
const LANDSCAPE_WIDTH = PAGE.height - 2 * PAGE.margin;

/** Page geometry of a portrait or a landscape page. */
const geometry = (landscape: boolean) =>
  landscape
    ? { width: PAGE.height, height: PAGE.width, text: LANDSCAPE_WIDTH }
    : { width: PAGE.width, height: PAGE.height, text: CONTENT_WIDTH };

const text = (
  ctx: BodyContext,
  value: string,
  x: number,
  y: number,
  align: 'left' | 'right' | 'center',
  colour: string,
  bold = false,
  width: number = CONTENT_WIDTH,
): DrawOp[] => {
  const line = flowText(
    [{ text: value, bold }],
    { size: SIZE.small, colour },
    10_000,
    ctx.measure,
    ctx.palette,
  )[0];
  if (!line) return [];
  const shift =
    align === 'right' ? width - line.width : align === 'center' ? (width - line.width) / 2 : 0;
  return lineOps(line, x + shift, y, ctx.palette);
};

const footerSummary = (input: DocxInput): string =>
  [input.documentId, `Version ${input.version}`, input.classification]
    .map((s) => s.trim())
    .filter((s) => s && s !== 'Version')
    .join('  \u00B7  ');

/** Running header and footer ("Page X of Y"); the cover has only the classification and notices. */
const decorate = (
  pages: DrawOp[][],
  landscape: readonly boolean[],
  input: DocxInput,
  ctx: BodyContext,
  branding: PublishBranding,
): void => {
  const x = PAGE.margin;
  const headerY = PAGE.header;
  const notes = [branding.footerText.trim(), branding.uncontrolledNote ? UNCONTROLLED_NOTE : '']
    .filter(Boolean)
    .join('  \u00B7  ');
  const p = ctx.palette;
  pages.forEach((ops, i) => {
    const page = geometry(landscape[i] === true);
    const footerY = page.height - PAGE.footer - SIZE.small * 1.22;
    const say = (value: string, y: number, align: 'left' | 'right' | 'center', hex: string) =>
      text(ctx, value, x, y, align, hex, false, page.text);
    const draft = input.incomplete
      ? text(ctx, DRAFT_NOTICE, x, headerY - 12, 'right', p.draft, true, page.text)
      : [];
    const noteOps = notes ? say(notes, footerY - 13, i === 0 ? 'center' : 'left', p.muted) : [];
    if (i === 0) {
      ops.push(
        ...draft,
        ...noteOps,
        ...say(`Classification: ${input.classification}`, footerY, 'center', p.muted),
      );
      return;
    }
    const left = branding.headerText.trim() || input.organisationName;
    ops.push(
      ...draft,
      ...say(left, headerY, 'left', p.muted),
      ...say(input.title, headerY, 'right', p.muted),
      rule(x, headerY + 14, page.text, p.rule),
      rule(x, footerY - (notes ? 17 : 4), page.text, p.rule),
      ...noteOps,
      ...say(footerSummary(input), footerY, 'left', p.muted),
      ...say(`Page ${i + 1} of ${pages.length}`, footerY, 'right', p.muted),
    );
  });
};

/** The body in portrait and landscape runs, each laid out at its page's text width. */
const bodySlices = (source: string, ctx: BodyContext, branding: PublishBranding): Slice[] =>
  bodyPageRuns(source, pdfFontFor(branding.bodyFont).family).flatMap((run, r) => {
    const width = run.landscape ? LANDSCAPE_WIDTH : CONTENT_WIDTH;
    const slices = topLevelSlices(run.tokens, { ...ctx, width });
    return slices.map((s, i) => ({
      ...s,
      ...(run.landscape ? { landscape: true } : {}),
      ...(i === 0 && r === 0 ? { pageBreakBefore: true } : {}),
    }));
  });

type Pass = { pages: DrawOp[][]; landscape: boolean[]; outline: OutlineEntry[] };

const contextFor = (measure: Measure, branding: PublishBranding): BodyContext => ({
  measure,
  palette: paletteFor(branding),
  width: CONTENT_WIDTH,
  indent: 0,
  quote: false,
  listLevel: 0,
  anchors: { next: 0 },
});

/**
 * One layout of the whole document around the body's slices, which do not depend on the
 * contents' page numbers and so are laid out once for every pass.
 */
const onePass = (
  input: DocxInput,
  measure: Measure,
  branding: PublishBranding,
  known: readonly OutlineEntry[],
  body: readonly Slice[],
  draw: boolean,
): Pass => {
  const ctx = contextFor(measure, branding);
  const pages = new Map(known.map((e) => [e.anchor, String(e.page + 1)]));
  const slices = [
    ...coverSlices(input, ctx, branding),
    ...controlSlices(input, ctx, branding),
    ...contentsSlices(known, (a) => pages.get(a) ?? '0', ctx),
    ...body,
  ];
  const result = paginate(slices, frame, landscapeFrame, { draw });
  if (draw) decorate(result.pages, result.landscape, input, ctx, branding);
  return result;
};

/**
 * Lays the document out until the contents' page numbers stop changing (twice in practice; the
 * contents always have the same number of lines). `draw: false` only finds the page breaks.
 */
const settledPass = (
  input: DocxInput,
  measure: Measure,
  branding: PublishBranding,
  draw: boolean,
): Pass => {
  // First pass: no contents known yet; its headings give the entries and a page estimate.
  const body = bodySlices(input.markdown, contextFor(measure, branding), branding);
  let pass = onePass(input, measure, branding, [], body, draw);
  for (let round = 0; round < 3; round++) {
    const next = onePass(input, measure, branding, pass.outline, body, draw);
    const same = next.outline.every((e, i) => e.page === pass.outline[i]?.page);
    pass = next;
    if (same && round > 0) break;
  }
  return pass;
};

/**
 * Lays the document out on A4 pages. The contents need the page of every heading, and the
 * contents themselves move the headings, so the document is laid out until the page numbers
 * stop changing (twice in practice; the contents always have the same number of lines).
 */
export const layoutPdf = (
  input: DocxInput,
  measure: Measure,
  options: PdfLayoutOptions = {},
): PdfLayout => {
  const pass = settledPass(input, measure, options.branding ?? DEFAULT_BRANDING, true);
  return {
    width: PAGE.width,
    height: PAGE.height,
    pages: pass.pages.map((ops, i) => (pass.landscape[i] ? { ops, landscape: true } : { ops })),
    outline: pass.outline,
  };
};

/** The page (1-based) of every heading in document order and the page count, for the Word export. */
export const pagePlan = (layout: {
  readonly outline: readonly OutlineEntry[];
  readonly pages: readonly unknown[];
}): PlannedPages => ({
  headings: layout.outline.map((e) => e.page + 1),
  total: layout.pages.length,
});

export type PlannedPages = { headings: number[]; total: number };

/**
 * The same page plan as `pagePlan(layoutPdf(...))`, found without making any drawing
 * operations, headers or footers: the Word export needs only where the pages break.
 */
export const planLayout = (
  input: DocxInput,
  measure: Measure,
  options: PdfLayoutOptions = {},
): PlannedPages => {
  const branding = options.branding ?? DEFAULT_BRANDING;
  const plan = keptPlan(measure, planKey(input, branding), () =>
    pagePlan(settledPass(input, measure, branding, false)),
  );
  return { headings: [...plan.headings], total: plan.total };
};
