import type { Workspace } from '../../model/workspace';
import type { RenderResult } from '../../templates/types';
import type { RenderJob } from './document-jobs';
import { recentlyUsed, type RecentlyUsed } from '../../recently-used';

/** Fills one document: `renderDocument`, or a kept answer of it (see `keptRenders`). */
export type DocumentRender = (job: RenderJob) => Promise<RenderResult>;

/** How many renders are kept per workspace revision. */
const LIMIT = 4;

/**
 * `render`, with its successful answers kept for the life of the workspace object: a workspace
 * read while nothing changed is the same object (the store reuses it, a worker holds it between
 * jobs), and any change (workspace.json, a register, a person, another document's record) is a
 * new object, so the object is the revision of all the data a template can read. Within it the
 * key is the rest of the job: the body (the template text), the document's record, today's
 * date, the instant a body that prints the time prints (`now`, see render-time.ts), the template
 * titles, the mode and the limits. A failed render is never kept.
 */
export const keptRenders = (render: DocumentRender): DocumentRender => {
  const byWorkspace = new WeakMap<Workspace, RecentlyUsed<string, RenderResult>>();
  return async (job) => {
    const { workspace, ...rest } = job;
    let kept = byWorkspace.get(workspace);
    if (!kept) byWorkspace.set(workspace, (kept = recentlyUsed<string, RenderResult>(LIMIT)));
    const key = JSON.stringify(rest);
    const hit = kept.get(key);
    if (hit) return hit;
    const result = await render(job);
    kept.set(key, result);
    return result;
  };
};
