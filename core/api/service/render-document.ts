import type { DocumentMeta, Workspace } from '../../model/workspace';
import { buildRenderContext } from '../../templates/context';
import { renderTemplate } from '../../templates/render';
import type { RenderResult, Template } from '../../templates/types';

export type RenderMode = 'export' | 'preview';

/** Fills one document body with the workspace's data. */
export const renderDocument = (args: {
  readonly workspace: Workspace;
  readonly meta: DocumentMeta;
  readonly body: string;
  readonly templates: readonly Pick<Template, 'id' | 'title'>[];
  readonly today: string;
  /** The instant `'now' | date` prints, given only when the body can print it (render-time.ts). */
  readonly now?: string;
  readonly mode: RenderMode;
  /** The template engine's time limit; see RenderTemplateOptions. */
  readonly timeLimitMs?: number;
  /** The engine's allocation limit; see RenderTemplateOptions. */
  readonly memoryLimit?: number;
}): Promise<RenderResult> => {
  const context = buildRenderContext({
    workspace: args.workspace,
    document: args.meta,
    today: args.today,
    now: args.now,
    templates: args.templates,
  });
  // Document bodies live in their own file, so positions count from line 1.
  return renderTemplate({ id: args.meta.id, body: args.body, bodyLine: 1 }, context, {
    mode: args.mode,
    ...(args.timeLimitMs === undefined ? {} : { timeLimitMs: args.timeLimitMs }),
    ...(args.memoryLimit === undefined ? {} : { memoryLimit: args.memoryLimit }),
  });
};
