import type { RenderContext } from '../../../../core/templates/context';
import type { RenderResult } from '../../../../core/templates/types';

export type PreviewRequest =
  | { readonly type: 'context'; readonly context: RenderContext }
  | { readonly type: 'render'; readonly seq: number; readonly id: string; readonly body: string };

export type PreviewReply =
  | { readonly seq: number; readonly ok: true; readonly result: RenderResult }
  | { readonly seq: number; readonly ok: false; readonly message: string };
