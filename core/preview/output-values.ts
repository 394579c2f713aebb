import { Context, Output, type Template as LiquidTemplate } from 'liquidjs';
import type { RenderContext } from '../templates/context';
import type { MarkdownContext } from '../templates/escape';
import { parseBody } from '../templates/parse-body';
import type { RenderMode } from '../templates/print-value';
import { trackRender, type RenderState } from '../templates/tracked-output';
import { previewEngine } from './group-render';

/** Every place a value can land in Markdown, as the renderer tells them apart. */
export const MARKDOWN_CONTEXTS: readonly MarkdownContext[] = [
  'block',
  'line-start',
  'text',
  'heading',
  'table-cell',
  'link-url',
  'code',
  'html',
  'html-start',
];

/** How one `{{ }}` prints in each Markdown context: filled, proposed or as an unfilled marker. */
export type PrintedOutput = Readonly<Record<MarkdownContext, string>>;

/**
 * An output written as `{{ ... }}` with no whitespace control and no brace inside: the page can
 * find it in a paragraph's text and look its printed value up by that text.
 */
export const SIMPLE_OUTPUT = /\{\{(?!-)[^{}]*(?<!-)\}\}/g;

// Filters whose result depends only on their input and arguments (no clock, no state).
const PURE_FILTERS = new Set([
  'format_date',
  'add_months',
  'add_days',
  'plural',
  'sentence',
  'yes_no',
  'person',
  'control_title',
  'linked_to',
  'percent',
  'upcase',
  'downcase',
  'capitalize',
  'strip',
  'size',
  'first',
  'last',
  'join',
  'default',
]);

const MAX_KEPT = 2_000;

/**
 * How each simple output of a body prints in a fresh context: as it prints in a top-level group
 * with no tags before which no group changed state (`plain` of the preview renderer). Each output
 * is rendered on its own through the preview's tracked engine, so a missing value gives the same
 * unfilled marker and a proposed one the same note. Returns only the outputs not returned before,
 * so each crosses to the page once per context; one with filters not known to be pure, or that
 * fails, is never returned.
 */
export const createOutputValues = (context: RenderContext, mode: RenderMode) => {
  const liquid = previewEngine();
  const seen = new Set<string>();

  const print = (text: string): PrintedOutput | null => {
    let templates: LiquidTemplate[];
    try {
      templates = parseBody(liquid, { id: 'output', body: text, bodyLine: 1 });
    } catch {
      return null;
    }
    const only = templates[0];
    if (templates.length !== 1 || !(only instanceof Output)) return null;
    if (!only.value.filters.every((filter) => PURE_FILTERS.has(filter.name))) return null;
    const state: RenderState = {
      template: { id: 'output', body: text, bodyLine: 1 },
      mode,
      unfilled: new Map(),
      deferred: [],
    };
    const ctx = new Context({ ...context }, liquid.options, { sync: true }, { liquid });
    trackRender(ctx, state);
    try {
      liquid.renderSync(templates, ctx);
    } catch {
      return null;
    }
    const printed = state.deferred[0];
    if (state.deferred.length !== 1 || !printed) return null;
    const table: Partial<Record<MarkdownContext, string>> = {};
    for (const where of MARKDOWN_CONTEXTS) table[where] = printed.print(where);
    return table as PrintedOutput;
  };

  return (body: string): Record<string, PrintedOutput> => {
    const found: Record<string, PrintedOutput> = {};
    if (seen.size > MAX_KEPT) seen.clear();
    for (const [output] of body.matchAll(SIMPLE_OUTPUT)) {
      if (seen.has(output)) continue;
      seen.add(output);
      const printed = print(output);
      if (printed) found[output] = printed;
    }
    return found;
  };
};
