import { Context, type Liquid } from 'liquidjs';
import { AppError } from '../errors';
import type { RenderContext } from './context';
import { resolveDeferred } from './deferred-values';
import { TEMPLATE_LIMITS, createTemplateEngine } from './engine';
import { parseBody, templateError, type TemplateBody } from './parse-body';
import type { RenderMode } from './print-value';
import { trackOutputs, trackRender, type RenderState } from './tracked-output';
import type { RenderResult, UnfilledField } from './types';

export type { RenderMode } from './print-value';

export type RenderTemplateOptions = {
  readonly mode: RenderMode;
  /**
   * The engine's time limit in milliseconds (default TEMPLATE_LIMITS.renderLimit). Raised where a
   * harder bound already stops a runaway render (a worker thread that is terminated) or where
   * only the built-in templates run, so a busy machine does not make a sound document "broken".
   */
  readonly timeLimitMs?: number;
  /**
   * Liquid's allocation units for this render (default TEMPLATE_LIMITS.memoryLimit). Lowered for a
   * render on a thread nothing can stop, so that no single step (one filter over a huge range) can
   * run for long before the engine refuses it.
   */
  readonly memoryLimit?: number;
};

let trackedEngine: Liquid | undefined;

const engine = (): Liquid => {
  if (!trackedEngine) {
    trackedEngine = createTemplateEngine();
    trackOutputs(trackedEngine);
  }
  return trackedEngine;
};

/**
 * Renders a template body with workspace data into Markdown, in one pass: every value escaped so
 * it stays literal text, every unfilled field listed with its line and column in the template
 * file and shown as a placeholder (`[organisation.name]`, or a highlighted mark in preview mode).
 * Throws AppError 'template-syntax' for a template Liquid cannot parse and 'render-failed' when a
 * render fails or exceeds the limits.
 */
export const renderTemplateSync = (
  template: TemplateBody,
  context: RenderContext,
  options: RenderTemplateOptions,
): RenderResult => {
  const liquid = engine();
  const templates = parseBody(liquid, template);
  const state: RenderState = { template, mode: options.mode, unfilled: new Map(), deferred: [] };
  // A copy, because `{% increment %}` writes into the data it is given.
  const timeLimitMs = options.timeLimitMs ?? TEMPLATE_LIMITS.renderLimit;
  const ctx = new Context(
    { ...context },
    liquid.options,
    {
      sync: true,
      renderLimit: timeLimitMs,
      ...(options.memoryLimit === undefined ? {} : { memoryLimit: options.memoryLimit }),
    },
    { liquid },
  );
  trackRender(ctx, state);
  let output: unknown;
  // Each unfilled field is an error inside the engine, caught and tracked; a 10,000-row table with
  // an empty column raises 10,000 of them. Their JavaScript stacks are never shown (positions come
  // from the template), so none is captured while rendering.
  const errors = Error as { stackTraceLimit?: number };
  const stackTraceLimit = errors.stackTraceLimit;
  errors.stackTraceLimit = 0;
  try {
    output = liquid.renderSync(templates, ctx);
  } catch (error) {
    throw templateError('render-failed', template, error, timeLimitMs);
  } finally {
    errors.stackTraceLimit = stackTraceLimit;
  }
  if (typeof output !== 'string') {
    throw new AppError('render-failed', `Template ${template.id} did not render to text`, {
      templateId: template.id,
    });
  }
  return {
    markdown: resolveDeferred(output, state.deferred),
    unfilled: sortByPosition([...state.unfilled.values()]),
  };
};

/** The same as renderTemplateSync, for callers that work with promises. */
export const renderTemplate = (
  template: TemplateBody,
  context: RenderContext,
  options: RenderTemplateOptions,
): Promise<RenderResult> => {
  try {
    return Promise.resolve(renderTemplateSync(template, context, options));
  } catch (error) {
    return Promise.reject(error instanceof Error ? error : new Error(String(error)));
  }
};

const sortByPosition = (fields: UnfilledField[]): UnfilledField[] =>
  fields.sort((a, b) => a.line - b.line || a.column - b.column || a.field.localeCompare(b.field));
