import type { PrintedOutput } from '../../../../core/preview/output-values';
import type { RenderContext } from '../../../../core/templates/context';
import type { SyntaxProblem } from '../../../../core/templates/syntax-check';
import type { UnfilledField } from '../../../../core/templates/types';

export type PreviewRequest =
  /** The data to render with; `generation` names it in the replies rendered with it. */
  | {
      readonly type: 'context';
      readonly context: RenderContext;
      /** The render time (render-time.ts), which does not cross to the worker on the context. */
      readonly now: string | undefined;
      readonly generation: number;
    }
  | { readonly type: 'render'; readonly seq: number; readonly id: string; readonly body: BodyText }
  /** The body's Liquid syntax error, looked for off the page's main thread. */
  | { readonly type: 'syntax'; readonly check: number; readonly body: string };

/**
 * A body as it crosses to the worker: whole, or as the change from the last body sent to the
 * same worker (a keystroke then copies a few characters across, not the whole document).
 */
export type BodyText =
  | { readonly whole: string }
  | { readonly from: number; readonly to: number; readonly insert: string };

// Above this many changed characters the whole body is sent.
const LARGEST_CHANGE = 4_096;

/** The page's side: each body as the change from the one sent before it. */
export const createBodySender = () => {
  let last: string | null = null;
  return {
    send: (body: string): BodyText => {
      const before = last;
      last = body;
      if (before === null) return { whole: body };
      const shortest = Math.min(before.length, body.length);
      let from = 0;
      while (from < shortest && before.charCodeAt(from) === body.charCodeAt(from)) from += 1;
      let tail = 0;
      while (
        tail < shortest - from &&
        before.charCodeAt(before.length - 1 - tail) === body.charCodeAt(body.length - 1 - tail)
      ) {
        tail += 1;
      }
      const insert = body.slice(from, body.length - tail);
      const to = before.length - tail;
      return insert.length + (to - from) > LARGEST_CHANGE ? { whole: body } : { from, to, insert };
    },
    /** A new worker has been sent nothing. */
    reset: () => {
      last = null;
    },
  };
};

/** The worker's side: the body each message stands for. */
export const createBodyReceiver = () => {
  let last = '';
  return (text: BodyText): string => {
    last =
      'whole' in text ? text.whole : last.slice(0, text.from) + text.insert + last.slice(text.to);
    return last;
  };
};

/** A rendered body's unfilled fields and the unsanitised HTML of each top-level block, in order. */
export type PreviewOutput = {
  readonly unfilled: readonly UnfilledField[];
  readonly blocks: readonly string[];
};

/**
 * What the page needs to echo a paragraph with placeholders itself: where the rendered body's
 * top-level, tag-free groups start, and how the outputs met so far print (each sent once per
 * context generation).
 */
export type OutputFill = {
  readonly generation: number;
  readonly plain: readonly number[];
  readonly values: Readonly<Record<string, PrintedOutput>>;
};

/**
 * A render as the worker sends it: a block whose HTML the previous reply also carried is sent as
 * that block's index in the previous reply, so a keystroke copies only the changed blocks across.
 */
export type PreviewWire = {
  readonly unfilled: readonly UnfilledField[];
  readonly blocks: readonly (string | number)[];
  readonly fill: OutputFill;
};

export type PreviewReply =
  /** Sent as the worker begins a render: the time limit counts from here, not from posting. */
  | { readonly seq: number; readonly started: true }
  | { readonly seq: number; readonly ok: true; readonly result: PreviewWire }
  | { readonly seq: number; readonly ok: false; readonly message: string }
  | { readonly check: number; readonly problem: SyntaxProblem | null };

/** The worker's side: turns each render's blocks into a PreviewWire against the last one sent. */
export const createBlockEncoder = () => {
  let previous = new Map<string, number>();
  return (blocks: readonly string[]): (string | number)[] => {
    const next = new Map<string, number>();
    const wire = blocks.map((html, index) => {
      if (!next.has(html)) next.set(html, index);
      return previous.get(html) ?? html;
    });
    previous = next;
    return wire;
  };
};

/** The page's side: reads every reply, in order, back into whole block lists. */
export const createBlockDecoder = () => {
  let previous: readonly string[] = [];
  return {
    decode: (wire: readonly (string | number)[]): string[] => {
      const blocks = wire.map((block) => (typeof block === 'number' ? previous[block]! : block));
      previous = blocks;
      return blocks;
    },
    /** A new worker starts with nothing sent. */
    reset: () => {
      previous = [];
    },
  };
};
