import {
  CaptureTag,
  Output,
  Tag,
  TypeGuards,
  UndefinedVariableError,
  Value,
  toValue,
  type Context,
  type Emitter,
  type Liquid,
  type Template as LiquidTemplate,
  type TagToken,
  type Token,
  type TopLevelToken,
} from 'liquidjs';
import { printAt, type DeferredValues } from './deferred-values';
import type { MarkdownContext } from './escape';
import { fieldPrompt } from './field-prompt';
import { LineEmitter } from './line-emitter';
import { filePosition, type TemplateBody } from './parse-body';
import {
  printFilled,
  printProposed,
  printUnfilled,
  valueToText,
  type RenderMode,
} from './print-value';
import type { UnfilledField } from './types';

/** What one render call collects; keyed by its Liquid context so renders never share state. */
export type RenderState = {
  readonly template: TemplateBody;
  readonly mode: RenderMode;
  readonly unfilled: Map<string, UnfilledField>;
  /** Values printed once the whole output is known (see `printAt`). */
  readonly deferred: DeferredValues;
};

const states = new WeakMap<Context, RenderState>();

/** Starts collecting for a render: outputs rendered in `ctx` print and report through `state`. */
export const trackRender = (ctx: Context, state: RenderState): void => {
  states.set(ctx, state);
};

/** `{% echo %}` with its value readable, so it prints exactly like `{{ }}`. */
class EchoTag extends Tag {
  readonly value: Value | undefined;

  constructor(token: TagToken, remainTokens: TopLevelToken[], liquid: Liquid) {
    super(token, remainTokens, liquid);
    this.tokenizer.skipBlank();
    this.value = this.tokenizer.end()
      ? undefined
      : new Value(this.tokenizer.readFilteredValue(), liquid);
  }

  *render(ctx: Context, emitter: Emitter): Generator<unknown, void, unknown> {
    if (this.value) emitter.write(valueToText(toValue(yield this.value.value(ctx, false))));
  }

  *arguments(): Generator<Value> {
    if (this.value) yield this.value;
  }
}

/** `{% capture %}` collecting plain text: values in it are not escaped twice or deferred. */
class PlainCaptureTag extends CaptureTag {
  override *render(ctx: Context): Generator<unknown, void, string> {
    const captured = yield this.liquid.renderer.renderTemplates(
      this.templates,
      ctx,
      new LineEmitter(true),
    );
    ctx.bottom()[this.variable] = captured;
  }
}

/**
 * Makes every `{{ }}` and `{% echo %}` of a tracked render escape its value for Markdown, and turns
 * a missing value (Liquid's strict-variable error) into a recorded unfilled field with a visible
 * placeholder instead of a failed render. A tag that needs a missing value (a `for` over a list
 * that is not there) is reported the same way. Hooks the engine's renderer, through which Liquid
 * renders every block, so one pass finds every unfilled field, inside loops too.
 */
export const trackOutputs = (engine: Liquid): void => {
  engine.registerTag('echo', EchoTag);
  engine.registerTag('capture', PlainCaptureTag);
  const renderer = engine.renderer;
  const renderTemplates = renderer.renderTemplates.bind(renderer);
  renderer.renderTemplates = (templates, ctx, emitter) =>
    renderTemplates(templates.map(instrument), ctx, emitter ?? new LineEmitter());
};

const instrumented = new WeakMap<LiquidTemplate, LiquidTemplate>();

const instrument = (node: LiquidTemplate): LiquidTemplate => {
  let wrapped = instrumented.get(node);
  if (wrapped) return wrapped;
  if (node instanceof Output || node instanceof EchoTag) wrapped = printer(node);
  else if (node instanceof Tag) wrapped = guard(node);
  else wrapped = node;
  instrumented.set(node, wrapped);
  return wrapped;
};

const printer = (node: Output | EchoTag): LiquidTemplate => ({
  token: node.token,
  *render(ctx: Context, emitter: Emitter): Generator<unknown, unknown, unknown> {
    const state = states.get(ctx);
    if (!state || !node.value) return yield node.render(ctx, emitter);
    const line = currentLine(emitter);
    const captured = emitter instanceof LineEmitter && emitter.captured;
    let print: (where: MarkdownContext) => string;
    try {
      const path = plainPath(node.value);
      const value: unknown = toValue(
        path ? readPlain(ctx, path, node.value) : yield node.value.value(ctx, false),
      );
      const proposed = proposedKeys(ctx);
      const valueNode = node.value;
      if (captured) return writePlain(ctx, emitter, plainValue(state, valueNode, value, proposed));
      print = (where) => printValue(state, valueNode, value, where, proposed);
    } catch (error) {
      if (!(error instanceof UndefinedVariableError)) throw error;
      const field = record(state, error.token);
      if (captured) return writePlain(ctx, emitter, `[${fieldPrompt(field)}]`);
      print = (where) => printUnfilled(field, where, state.mode);
    }
    const { placeholder, size } = printAt(line, print, state.deferred);
    ctx.memoryLimit.use(size);
    emitter.write(placeholder);
    return undefined;
  },
});

// `{{ risk.owner.name }}`, a property path without filters, is most of what a register table
// prints. Liquid reads it through about ten nested generators; reading it through the context's
// own synchronous lookup gives the same value and the same error for a missing value, at a
// fraction of the cost (a 10,000-row table prints hundreds of thousands of them).
const plainPaths = new WeakMap<Value, readonly (string | number)[] | null>();

const plainPath = (value: Value): readonly (string | number)[] | null => {
  let path = plainPaths.get(value);
  if (path !== undefined) return path;
  const only = value.initial.postfix.length === 1 ? value.initial.postfix[0] : undefined;
  path = null;
  if (value.filters.length === 0 && TypeGuards.isPropertyAccessToken(only) && !only.variable) {
    const keys: (string | number)[] = [];
    for (const prop of only.props) {
      const content: unknown = 'content' in prop ? prop.content : undefined;
      if (typeof content !== 'string' && typeof content !== 'number') break;
      keys.push(content);
    }
    if (keys.length === only.props.length) path = keys;
  }
  plainPaths.set(value, path);
  return path;
};

const readPlain = (ctx: Context, path: readonly (string | number)[], value: Value): unknown => {
  try {
    return ctx.getSync([...path]);
  } catch (error) {
    // As Liquid's own evaluation reports it: the strict-variable error with the value's token.
    if (!(error instanceof Error) || error.name !== 'InternalUndefinedVariableError') throw error;
    throw new UndefinedVariableError(error, value.initial.postfix[0]!);
  }
};

const guard = (node: Tag): LiquidTemplate => ({
  token: node.token,
  *render(ctx: Context, emitter: Emitter): Generator<unknown, unknown, unknown> {
    try {
      return yield node.render(ctx, emitter);
    } catch (error) {
      const state = states.get(ctx);
      if (!state || !(error instanceof UndefinedVariableError)) throw error;
      const field = record(state, error.token);
      if (emitter instanceof LineEmitter && emitter.captured) {
        return writePlain(ctx, emitter, `[${fieldPrompt(field)}]`);
      }
      const line = currentLine(emitter);
      const print = (where: MarkdownContext) => printUnfilled(field, where, state.mode);
      const printed = printAt(line, print, state.deferred).placeholder;
      // A standalone tag line has been removed, so give the placeholder a line of its own.
      emitter.write(line.trim() === '' ? `${printed}\n` : printed);
      return undefined;
    }
  },
});

/** The field a value names, its text, and whether it counts as unfilled. */
const readValue = (node: Value, value: unknown) => {
  const access = node.initial.postfix.length === 1 ? node.initial.postfix[0] : undefined;
  const field = TypeGuards.isPropertyAccessToken(access) ? fieldName(access) : undefined;
  const text = valueToText(value);
  const unfilled = text.trim() === '' && node.filters.length === 0 && field !== undefined;
  return {
    access: TypeGuards.isPropertyAccessToken(access) ? access : undefined,
    field,
    text,
    unfilled,
  };
};

// A plain `{{ x }}` that prints nothing counts as unfilled, like a missing value; with a filter
// the empty result is the filter's answer (an empty `where`), not missing data.
const printValue = (
  state: RenderState,
  node: Value,
  value: unknown,
  where: MarkdownContext,
  proposed: readonly unknown[],
): string => {
  const { access, field, text, unfilled } = readValue(node, value);
  if (unfilled && access) {
    return printUnfilled(record(state, access), where, state.mode);
  }
  const parameter = field?.startsWith('parameters.') ? field.slice('parameters.'.length) : '';
  if (field && proposed.includes(parameter)) return printProposed(text, field, where, state.mode);
  return printFilled(text, field, where, state.mode);
};

/** Writes text as it is (into a capture), counted against the render's memory limit. */
const writePlain = (ctx: Context, emitter: Emitter, text: string): undefined => {
  ctx.memoryLimit.use(text.length);
  emitter.write(text);
  return undefined;
};

/** A value's own text inside a capture: what `printValue` prints, before any escaping. */
const plainValue = (
  state: RenderState,
  node: Value,
  value: unknown,
  proposed: readonly unknown[],
): string => {
  const { access, field, text, unfilled } = readValue(node, value);
  if (unfilled && access) {
    return `[${fieldPrompt(record(state, access))}]`;
  }
  const parameter = field?.startsWith('parameters.') ? field.slice('parameters.'.length) : '';
  return field && proposed.includes(parameter) ? `${text} (proposed, to be confirmed)` : text;
};

/** Policy parameters the render context marks as proposals still to be confirmed. */
const proposedKeys = (ctx: Context): readonly unknown[] => {
  const scope: unknown = ctx.environments;
  if (scope === null || typeof scope !== 'object' || !Object.hasOwn(scope, 'proposedDecisions')) {
    return [];
  }
  const keys: unknown = (scope as Record<string, unknown>).proposedDecisions;
  return Array.isArray(keys) ? keys : [];
};

const record = (state: RenderState, token: Token): string => {
  const field = fieldName(token);
  const { line, column } = filePosition(state.template, token);
  const key = `${line}:${column}:${field}`;
  if (!state.unfilled.has(key)) state.unfilled.set(key, { field, line, column });
  return field;
};

const fieldName = (token: Token): string => token.getText().replace(/\s+/g, '');

const currentLine = (emitter: Emitter): string =>
  emitter instanceof LineEmitter
    ? emitter.line
    : emitter.buffer.slice(emitter.buffer.lastIndexOf('\n') + 1);
