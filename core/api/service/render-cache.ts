import type { KeptResults } from '../ports';
import { textRevision } from '../../model/text-revision';
import type { DocumentMeta, Workspace } from '../../model/workspace';
import { listedDocument } from '../../templates/context';
import type { RenderResult, UnfilledField } from '../../templates/types';

/** What the list and `check` need of a render: its unfilled fields, never its (large) text. */
export type CheckedRender = Pick<RenderResult, 'unfilled'>;
export type CheckOutcome = { readonly result: CheckedRender } | { readonly error: string };
type Entry = { readonly key: string; readonly outcome: CheckOutcome };
type Templates = readonly { readonly id: string; readonly title: string }[];

/** Where checked results outlive the process (see KeptResults). */
export type CheckStore = KeptResults;

/**
 * The workspace as a template can read it: everything but the documents, which a template sees
 * as their listed fields only (its own document it sees whole; that is keyed on its own). So an
 * edit that touches one document's record (its last-edited time) leaves the others' keys alone.
 */
const readableText = (workspace: Workspace): string =>
  JSON.stringify({ ...workspace, documents: workspace.documents.map(listedDocument) });

const isUnfilled = (value: unknown): value is UnfilledField => {
  const u = value as Partial<UnfilledField> | null;
  return (
    typeof u === 'object' &&
    u !== null &&
    typeof u.field === 'string' &&
    typeof u.line === 'number' &&
    typeof u.column === 'number'
  );
};

/** A kept result read back, or null when it is not one (then the document is rendered). */
const asChecked = (value: unknown): CheckedRender | null => {
  const unfilled = (value as { unfilled?: unknown } | null)?.unfilled;
  return Array.isArray(unfilled) && unfilled.every(isUnfilled) ? { unfilled } : null;
};

/**
 * Render results of the documents list and `check`, per document, keyed by the document's body,
 * its own record and the revision of the data a template can read (the workspace with the other
 * documents' listed fields, today's date and the template titles). An unchanged document is not
 * rendered again; any change to its text or to the data renders it afresh. Failures are kept in
 * memory only, so a document whose template runs out of time costs its time limit once per
 * process, not on every refresh of the list; on disk (`store`) only results are kept.
 *
 * Beside them, the answers of "changed since approval" (see `changeCheck`): only real answers are
 * kept, never a comparison that failed, so "Could not check for changes" is always tried again.
 */
export const createRenderCache = (
  options: { readonly limit?: number; readonly store?: CheckStore | null } = {},
) => {
  const { limit = 20_000, store = null } = options;
  const entries = new Map<string, Entry>();
  const changes = new Map<string, boolean>();
  const digest = store ? store.digest : textRevision;
  // A workspace read while nothing changed is the same object (the store reuses it), and a
  // changed one is a new object: its key is worked out once, not by serialising 8 MB per call.
  // The readable workspace's digest is shared by the keys of every date and template list (a
  // check asks for today's and, for "changed since approval", for none).
  const dataKeys = new WeakMap<Workspace, { readable: string; keys: Map<string, string> }>();
  const dataKey = (workspace: Workspace, today: string, templates: Templates): string => {
    const extra = `${today}\u0000${JSON.stringify(templates)}`;
    let known = dataKeys.get(workspace);
    if (!known) {
      known = { readable: digest(readableText(workspace)), keys: new Map<string, string>() };
      dataKeys.set(workspace, known);
    }
    let key = known.keys.get(extra);
    if (key === undefined) {
      key = digest(`data 2\u0000${extra}\u0000${known.readable}`);
      known.keys.set(extra, key);
    }
    return key;
  };
  const remember = (id: string, entry: Entry) => {
    if (entries.size >= limit) entries.clear();
    entries.set(id, entry);
  };
  const index = createCheckIndex(store);
  // The folder of each change-check key, so its answer is filed in that folder's index.
  const keyFolders = new Map<string, string>();
  return {
    dataKey,
    /**
     * The kept outcome of checking `meta`'s document with `body` under `dataKey`, or that of
     * `compute` (then kept: in memory whatever it is, on disk only a result).
     */
    checked: async (
      dir: string,
      meta: DocumentMeta,
      body: string,
      key: string,
      compute: () => Promise<CheckOutcome>,
    ): Promise<CheckOutcome> => {
      const full = digest(`check 1\u0000${key}\u0000${JSON.stringify(meta)}\u0000${body}`);
      const id = `${dir}\u0000${meta.id}`;
      const known = entries.get(id);
      if (known?.key === full) {
        if ('result' in known.outcome) index.used(dir, full, known.outcome.result);
        return known.outcome;
      }
      const kept = asChecked(await index.get(dir, full));
      if (kept) {
        index.used(dir, full, kept);
        remember(id, { key: full, outcome: { result: kept } });
        return { result: kept };
      }
      const outcome = await compute();
      // Only the unfilled fields are kept: at 10,000 risks the filled text of 58 documents is
      // tens of megabytes that nothing here reads again.
      const small =
        'result' in outcome ? { result: { unfilled: outcome.result.unfilled } } : outcome;
      remember(id, { key: full, outcome: small });
      if ('result' in small) {
        index.used(dir, full, small.result);
        await store?.set(full, small.result);
      }
      return small;
    },
    changeCheck: {
      /**
       * The digest `key` takes of a text, when it is the SHA-256 (hex) of its UTF-8 bytes (when
       * results are kept on disk); null otherwise.
       */
      sha256: store ? digest : null,
      /**
       * What decides whether an approved document still gives its approved text: the document,
       * its body, its frozen copy (body and record) and the data revision (workspace, template
       * titles). The date is left out: the comparison renders under the approval date, not
       * today's, and under the frozen record's metadata, not the document's current one.
       */
      key: (args: {
        readonly dir: string;
        readonly id: string;
        readonly body: string;
        /** The frozen source's text, or its digest (`digest` of that text) when already known. */
        readonly frozenBody: { readonly text: string } | { readonly digest: string };
        /** The frozen record's text, or its digest (`digest` of that text) when already known. */
        readonly frozenRecord: { readonly text: string } | { readonly digest: string };
        readonly workspace: Workspace;
        readonly templates: Templates;
      }): string => {
        const known = (part: { readonly text: string } | { readonly digest: string }) =>
          'digest' in part ? part.digest : digest(part.text);
        const key = digest(
          [
            'change 1',
            args.id,
            digest(args.body),
            known(args.frozenBody),
            known(args.frozenRecord),
            dataKey(args.workspace, '', args.templates),
          ].join('\u0000'),
        );
        if (keyFolders.size >= limit) keyFolders.clear();
        keyFolders.set(key, args.dir);
        return key;
      },
      get: async (key: string): Promise<boolean | undefined> => {
        const dir = keyFolders.get(key) ?? '';
        const known = changes.get(key);
        const kept = known ?? (await index.get(dir, key));
        if (typeof kept !== 'boolean') return undefined;
        index.used(dir, key, kept);
        return kept;
      },
      set: async (key: string, changed: boolean): Promise<void> => {
        if (changes.size >= limit) changes.clear();
        changes.set(key, changed);
        index.used(keyFolders.get(key) ?? '', key, changed);
        await store?.set(key, changed);
      },
    },
    /**
     * Files what a check of `dir` used as that folder's index (see createCheckIndex); called when
     * a list or check is complete.
     */
    flush: (dir: string): Promise<void> => index.flush(dir),
  };
};

/**
 * The kept answers a check of one workspace folder used, filed together under the folder's name,
 * so a new process reads one file instead of one per document (500 reads, and as many touches of
 * the files' times, at 500 documents). Every answer stays under its full key (a digest of all it
 * depends on), so the index can only say what the per-key entries would; a key it lacks is looked
 * up one by one as before. Rewritten only when a check used answers it did not hold, and then
 * with only those it used, so it never grows beyond one workspace's documents.
 */
const createCheckIndex = (store: CheckStore | null) => {
  type Folder = { held: Promise<Map<string, unknown>>; used: Map<string, unknown> };
  const folders = new Map<string, Folder>();
  const fileKey = (dir: string) => store?.digest(`check index 1\u0000${dir}`) ?? '';
  const folder = (dir: string): Folder => {
    let known = folders.get(dir);
    if (!known) {
      const held = store
        ? store.get(fileKey(dir)).then(asIndex)
        : Promise.resolve(new Map<string, unknown>());
      known = { held, used: new Map() };
      folders.set(dir, known);
    }
    return known;
  };
  return {
    get: async (dir: string, key: string): Promise<unknown> => {
      if (!store) return undefined;
      const held = (await folder(dir).held).get(key);
      return held !== undefined ? held : store.get(key);
    },
    used: (dir: string, key: string, value: unknown): void => {
      if (store) folder(dir).used.set(key, value);
    },
    flush: async (dir: string): Promise<void> => {
      const known = folders.get(dir);
      if (!store || !known || known.used.size === 0) return;
      const held = await known.held;
      const { used } = known;
      known.used = new Map();
      // A key is a digest of everything its answer depends on: the same keys, the same answers.
      const same = used.size === held.size && [...used.keys()].every((key) => held.has(key));
      if (same) return;
      known.held = Promise.resolve(used);
      await store.set(fileKey(dir), Object.fromEntries(used));
    },
  };
};

/** A kept index read back: its entries, or none when it is not one. */
const asIndex = (value: unknown): Map<string, unknown> =>
  value !== null && typeof value === 'object' && !Array.isArray(value)
    ? new Map<string, unknown>(Object.entries(value))
    : new Map<string, unknown>();

export type RenderCache = ReturnType<typeof createRenderCache>;
export type ChangeCheckCache = RenderCache['changeCheck'];
