import { textRevision } from '../../model/text-revision';
import type { Workspace } from '../../model/workspace';
import type { RenderResult } from '../../templates/types';

/** What the list and `check` need of a render: its unfilled fields, never its (large) text. */
export type CheckedRender = Pick<RenderResult, 'unfilled'>;
type Outcome = { readonly result: CheckedRender } | { readonly error: string };
type Entry = { readonly body: string; readonly dataKey: string; readonly outcome: Outcome };
type Templates = readonly { readonly id: string; readonly title: string }[];

/**
 * Render results of the documents list and `check`, per document, keyed by the document's body
 * and the revision of everything else a render reads (the workspace data, today's date and the
 * template titles). An unchanged document is not rendered again; any change to its text or to
 * the data renders it afresh. Failures are kept too, so a document whose template runs out of
 * time costs its time limit once, not on every refresh of the list.
 *
 * Beside them, the answers of "changed since approval" (see `changeKey`): only real answers are
 * kept, never a comparison that failed, so "Could not check for changes" is always tried again.
 */
export const createRenderCache = (limit = 20_000) => {
  const entries = new Map<string, Entry>();
  const changes = new Map<string, boolean>();
  // A workspace read while nothing changed is the same object (the store reuses it), and a
  // changed one is a new object: its key is worked out once, not by serialising 8 MB per call.
  const dataKeys = new WeakMap<Workspace, Map<string, string>>();
  const dataKey = (workspace: Workspace, today: string, templates: Templates): string => {
    const extra = `${today}\u0000${JSON.stringify(templates)}`;
    const known = dataKeys.get(workspace) ?? new Map<string, string>();
    dataKeys.set(workspace, known);
    let key = known.get(extra);
    if (key === undefined) {
      // The same short hash that tags a body's revision: equal inputs give equal keys.
      key = textRevision(`${extra}\u0000${JSON.stringify(workspace)}`);
      known.set(extra, key);
    }
    return key;
  };
  return {
    dataKey,
    get: (dir: string, id: string, body: string, key: string): Outcome | undefined => {
      const entry = entries.get(`${dir}\u0000${id}`);
      return entry && entry.body === body && entry.dataKey === key ? entry.outcome : undefined;
    },
    set: (dir: string, id: string, body: string, key: string, outcome: Outcome): void => {
      if (entries.size >= limit) entries.clear();
      // Only the unfilled fields are kept: at 10,000 risks the filled text of 58 documents is
      // tens of megabytes that nothing here reads again.
      const kept =
        'result' in outcome ? { result: { unfilled: outcome.result.unfilled } } : outcome;
      entries.set(`${dir}\u0000${id}`, { body, dataKey: key, outcome: kept });
    },
    changeCheck: {
      /**
       * What decides whether an approved document still gives its approved text: the document,
       * its body, its frozen copy (body and record, by a hash of their text) and the data
       * revision (workspace, template titles). The date is left out: the comparison renders
       * under the approval date, not today's.
       */
      key: (args: {
        readonly dir: string;
        readonly id: string;
        readonly body: string;
        readonly frozenBody: string;
        readonly frozenRecord: string;
        readonly workspace: Workspace;
        readonly templates: Templates;
      }): string =>
        [
          args.dir,
          args.id,
          textRevision(args.body),
          textRevision(args.frozenBody),
          textRevision(args.frozenRecord),
          dataKey(args.workspace, '', args.templates),
        ].join('\u0000'),
      get: (key: string): boolean | undefined => changes.get(key),
      set: (key: string, changed: boolean): void => {
        if (changes.size >= limit) changes.clear();
        changes.set(key, changed);
      },
    },
  };
};

export type RenderCache = ReturnType<typeof createRenderCache>;
export type ChangeCheckCache = RenderCache['changeCheck'];
