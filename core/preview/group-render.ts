import { Context, type Liquid, type Template as LiquidTemplate } from 'liquidjs';
import type { RenderContext } from '../templates/context';
import { resolveDeferred, type DeferredValues } from '../templates/deferred-values';
import { createTemplateEngine } from '../templates/engine';
import { parseBody } from '../templates/parse-body';
import type { RenderMode } from '../templates/print-value';
import { trackOutputs, trackRender, type RenderState } from '../templates/tracked-output';
import type { UnfilledField } from '../templates/types';
import { lexPiece, type Lexed } from './markdown-edges';

/** One group of a body rendered on its own, with lines counted from the group's first line. */
export type GroupRender = {
  /** Distinguishes renders whose outputs read the same but whose values differ. */
  readonly serial: number;
  /** Liquid's output, values still as placeholders (see `printAt`). */
  readonly out: string;
  readonly deferred: DeferredValues;
  readonly unfilled: readonly UnfilledField[];
  /** Liquid memory units the group used, so the document's total can be held to the limit. */
  readonly memory: number;
  /** Lexed with placeholders: where the values land. */
  readonly raw: Lexed;
  /** The group's Markdown when it stands on its own, and its blocks. */
  readonly markdown: string;
  readonly lexed: Lexed;
  /** Only blank lines, at both stages. */
  readonly blank: boolean;
  /** Blank at one stage and not the other: it must be read with its neighbours. */
  readonly odd: boolean;
};

let tracked: Liquid | undefined;

/** A tracked engine of our own, configured as the full render's. */
export const previewEngine = (): Liquid => {
  if (!tracked) {
    tracked = createTemplateEngine();
    trackOutputs(tracked);
  }
  return tracked;
};

/**
 * Renders the groups of a body one at a time, with parsed templates kept per group text.
 */
export const createGroupRenderer = (context: RenderContext, mode: RenderMode) => {
  const liquid = previewEngine();
  let parsed = new Map<string, LiquidTemplate[]>();
  let nextParsed = new Map<string, LiquidTemplate[]>();

  const parse = (id: string, text: string): LiquidTemplate[] => {
    const found = nextParsed.get(text) ?? parsed.get(text) ?? parseBody(liquid, body(id, text));
    nextParsed.set(text, found);
    return found;
  };

  /**
   * One render of a body: groups are rendered in order into one Liquid context. A stateful group
   * taken from the cache is replayed (its output dropped) only when a later group needs rendering.
   */
  const pass = (id: string) => {
    let ctx: Context | null = null;
    const pending: string[] = [];
    const run = (text: string, state: RenderState): unknown => {
      ctx ??= new Context({ ...context }, liquid.options, { sync: true }, { liquid });
      trackRender(ctx, state);
      return liquid.renderSync(parse(id, text), ctx);
    };
    const render = (text: string): GroupRender => {
      for (const earlier of pending.splice(0)) run(earlier, newState(id, earlier, mode));
      const state = newState(id, text, mode);
      const used = ctx ? memoryUsed(ctx) : 0;
      const out = run(text, state);
      if (typeof out !== 'string') throw new Error('a group did not render to text');
      return describe(out, state, memoryUsed(ctx!) - used);
    };
    return {
      /** A stateful group whose render is already known: replayed only if needed. */
      skip: (text: string) => pending.push(text),
      /** Renders a group; throws what Liquid throws. */
      render: (text: string): GroupRender => withoutStacks(() => render(text)),
    };
  };

  return {
    pass,
    /** Forgets parsed groups that the last body no longer had. */
    settle: () => {
      parsed = nextParsed;
      nextParsed = new Map();
    },
  };
};

// Each unfilled field is an error inside the engine; their stacks are never shown (see render.ts).
const withoutStacks = <T>(task: () => T): T => {
  const errors = Error as { stackTraceLimit?: number };
  const limit = errors.stackTraceLimit;
  errors.stackTraceLimit = 0;
  try {
    return task();
  } finally {
    errors.stackTraceLimit = limit;
  }
};

// Liquid keeps the units used so far private; the document's total is checked against the limit.
const memoryUsed = (ctx: Context): number =>
  (ctx.memoryLimit as unknown as { readonly base: number }).base;

const body = (id: string, text: string) => ({ id, body: text, bodyLine: 1 });

const newState = (id: string, text: string, mode: RenderMode): RenderState => ({
  template: body(id, text),
  mode,
  unfilled: new Map(),
  deferred: [],
});

let serials = 0;

const describe = (out: string, state: RenderState, memory: number): GroupRender => {
  const markdown = resolveDeferred(out, state.deferred);
  const rawBlank = out.trim() === '';
  const blank = markdown.trim() === '';
  serials += 1;
  return {
    serial: serials,
    out,
    deferred: state.deferred,
    unfilled: [...state.unfilled.values()],
    memory,
    raw: lexPiece(out),
    markdown,
    lexed: lexPiece(markdown),
    blank: rawBlank && blank,
    odd: rawBlank !== blank,
  };
};
