import type { RenderContext } from '../../../../core/templates/context';
import type { RenderResult } from '../../../../core/templates/types';

export type PreviewRequest =
  | { readonly type: 'context'; readonly context: RenderContext }
  | { readonly type: 'render'; readonly seq: number; readonly id: string; readonly body: string };

/** A rendered body and the unsanitised HTML of each of its top-level blocks, in order. */
export type PreviewOutput = RenderResult & { readonly blocks: readonly string[] };

export type PreviewReply =
  | { readonly seq: number; readonly ok: true; readonly result: PreviewOutput }
  | { readonly seq: number; readonly ok: false; readonly message: string };
