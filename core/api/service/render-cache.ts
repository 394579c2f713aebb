import { textRevision } from '../../model/text-revision';
import type { Workspace } from '../../model/workspace';
import type { RenderResult } from '../../templates/types';

type Outcome = { readonly result: RenderResult } | { readonly error: string };
type Entry = { readonly body: string; readonly dataKey: string; readonly outcome: Outcome };

/**
 * Render results of the documents list and `check`, per document, keyed by the document's body
 * and the revision of everything else a render reads (the workspace data, today's date and the
 * template titles). An unchanged document is not rendered again; any change to its text or to
 * the data renders it afresh. Failures are kept too, so a document whose template runs out of
 * time costs its time limit once, not on every refresh of the list.
 */
export const createRenderCache = (limit = 20_000) => {
  const entries = new Map<string, Entry>();
  return {
    dataKey: (
      workspace: Workspace,
      today: string,
      templates: readonly { readonly id: string; readonly title: string }[],
    ): string =>
      // The same short hash that tags a body's revision: equal inputs give equal keys.
      textRevision(`${today}\u0000${JSON.stringify(templates)}\u0000${JSON.stringify(workspace)}`),
    get: (dir: string, id: string, body: string, dataKey: string): Outcome | undefined => {
      const entry = entries.get(`${dir}\u0000${id}`);
      return entry && entry.body === body && entry.dataKey === dataKey ? entry.outcome : undefined;
    },
    set: (dir: string, id: string, body: string, dataKey: string, outcome: Outcome): void => {
      if (entries.size >= limit) entries.clear();
      entries.set(`${dir}\u0000${id}`, { body, dataKey, outcome });
    },
  };
};

export type RenderCache = ReturnType<typeof createRenderCache>;
