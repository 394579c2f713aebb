import { mapLimited, type CancelSignal } from '../../cancellation';
import { documentControlView, hasChangedSinceApproval } from '../../doccontrol/lifecycle';
import type { DocumentControlView } from '../../doccontrol/lifecycle';
import { freezeDocxInput } from '../../doccontrol/frozen-input';
import {
  docxInputFromSnapshot,
  parseSnapshot,
  type SnapshotRecord,
} from '../../doccontrol/snapshot';
import { fillCheckOf, readsApprovedData } from '../../doccontrol/unchanged-data';
import { dataAt, readPaths } from '../../doccontrol/used-data';
import type { DocxInput } from '../../docx/types';
import { lastApprovedVersion } from '../../doccontrol/versions';
import { AppError, isAppError } from '../../errors';
import type { DocumentMeta, Workspace } from '../../model/workspace';
import { buildRenderContext } from '../../templates/context';
import type { RenderResult, Template, UnfilledField } from '../../templates/types';
import type { WorkspaceFiles } from '../ports';
import type { PagePlanner } from '../publish-ports';
import { DOCUMENTS_AT_ONCE } from './documents-at-once';
import { exportInput } from './export-input';
import { renderDocument } from './render-document';
import type { ChangeCheckCache } from './render-cache';
import { buildDocxLazily } from './word-build-lazily';

type Templates = readonly Pick<Template, 'id' | 'title'>[];

export type Frozen = { readonly body: string; readonly record: SnapshotRecord | null };

/** The frozen copy of one approved version; null when the version was never frozen. */
export const readFrozen = async (
  files: WorkspaceFiles,
  documentId: string,
  version: string,
): Promise<Frozen | null> => {
  try {
    const { body, record } = await files.readSnapshot(documentId, version);
    const file = `history/${documentId}@${version}.json`;
    return { body, record: record === null ? null : parseSnapshot(record, file) };
  } catch (error) {
    if (isAppError(error) && error.code === 'not-found') return null;
    throw error;
  }
};

/** How a document is filled: on this thread, or on a runner's workers with their time limit. */
export type FrozenRender = (job: {
  readonly workspace: Workspace;
  readonly meta: DocumentMeta;
  readonly body: string;
  readonly templates: Templates;
  readonly today: string;
  readonly mode: 'export';
}) => Promise<RenderResult>;

/** Marks the error of a comparison with the approved text that could not be made. */
const CHECK = 'changed-since-approval';

/** Whether an error says only that the comparison with the approved text could not be made. */
export const isCheckFailure = (error: unknown): error is AppError =>
  isAppError(error) && error.details['check'] === CHECK;

/**
 * The filled text the body and today's data give, under the approved metadata and date. A render
 * that fails or runs out of time says the check could not be made: never "changed", which
 * would not be true (see `isCheckFailure`).
 */
export const filledNow = async (
  workspace: Workspace,
  record: SnapshotRecord,
  body: string,
  templates: Templates,
  render: FrozenRender = renderDocument,
): Promise<string> => {
  try {
    const result = await render({
      workspace,
      meta: record.meta,
      body,
      templates,
      today: record.approvedAt,
      mode: 'export',
    });
    return result.markdown;
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new AppError(
      'render-failed',
      `Could not check whether ${record.documentId} has changed since approval: ${reason} Try again.`,
      { id: record.documentId, check: CHECK, reason },
    );
  }
};

export type ControlState = {
  readonly view: DocumentControlView;
  /** The frozen copy of the last approved version; null when it was never frozen. */
  readonly frozen: Frozen | null;
};

/** The stored frozen copy, unparsed: its record is large and often not needed. */
const readFrozenText = async (
  files: WorkspaceFiles,
  documentId: string,
  version: string,
): Promise<{ body: string; record: string | null } | null> => {
  try {
    return await files.readSnapshot(documentId, version);
  } catch (error) {
    if (isAppError(error) && error.code === 'not-found') return null;
    throw error;
  }
};

/**
 * A frozen copy whose record (about 300 KB of JSON) is parsed on first read: the documents list
 * and the check need only the body, the pack and the PDF export the record too. A damaged
 * record fails where it is read, naming its file.
 */
const lazyFrozen = (
  text: { body: string; record: string | null },
  file: string,
  parsed?: SnapshotRecord | null,
): Frozen => {
  let record = parsed;
  return {
    body: text.body,
    get record() {
      if (record === undefined) {
        record = text.record === null ? null : parseSnapshot(text.record, file);
      }
      return record;
    },
  };
};

/**
 * The document-control view of one document, comparing its body and data with the frozen copy.
 * Throws an error that `isCheckFailure` recognises when the comparison could not be made.
 */
export const controlStateOf = async (args: {
  readonly workspace: Workspace;
  readonly files: WorkspaceFiles;
  readonly templates: Templates;
  readonly meta: DocumentMeta;
  readonly body: string | null;
  readonly today: string;
  /** Where the comparison render runs; by default on this thread. */
  readonly render?: FrozenRender;
  /** Answers of earlier comparisons with the same inputs (see render-cache.ts). */
  readonly cache?: ChangeCheckCache;
}): Promise<ControlState> => {
  const { workspace, files, meta, today, cache } = args;
  const approved = meta.status === 'obsolete' ? null : lastApprovedVersion(meta);
  const text = approved === null ? null : await readFrozenText(files, meta.id, approved);
  const file = `history/${meta.id}@${approved}.json`;
  let changed = false;
  let record: SnapshotRecord | null | undefined;
  if (text && args.body !== null) {
    // Rendering (and reading the large record) is the costly part, so it is done only when it
    // can change what the user sees: a changed body is a change whatever it renders to, and a
    // document whose stored status is no longer approved shows the same state either way.
    const mayBeUnchanged = meta.status === 'approved' && args.body === text.body;
    const key =
      mayBeUnchanged && text.record !== null && cache
        ? cache.key({
            ...{ dir: files.root, id: meta.id, body: args.body, frozenBody: { text: text.body } },
            ...{ frozenRecord: { text: text.record }, workspace, templates: args.templates },
          })
        : null;
    const known = key === null ? undefined : await cache?.get(key);
    if (known !== undefined) changed = known;
    else {
      if (mayBeUnchanged) record = text.record === null ? null : parseSnapshot(text.record, file);
      // Filled from the very values it was approved with: the approved text, without a render.
      const same = record
        ? readsApprovedData({ workspace, templates: args.templates, record })
        : false;
      const now =
        record && !same
          ? await filledNow(workspace, record, args.body, args.templates, args.render)
          : (record?.markdown ?? null);
      changed =
        !mayBeUnchanged ||
        hasChangedSinceApproval({
          body: args.body,
          filledNow: now,
          frozen: { body: text.body, markdown: record?.markdown ?? '' },
        });
      // Reached only when the comparison was made: a failure above has thrown.
      if (key !== null) await cache?.set(key, changed);
    }
  }
  return {
    view: documentControlView(meta, { today, changedSinceApproval: changed }),
    frozen: text === null ? null : lazyFrozen(text, file, record),
  };
};

/**
 * The workspace as the approved document sees itself: a document that lists the documents
 * (the SoA, an acknowledgement record) prints its own approved version, not the one in review,
 * so approving it does not at once make it "changed since approval".
 */
const asApproved = (workspace: Workspace, approved: DocumentMeta): Workspace => ({
  ...workspace,
  documents: workspace.documents.map((d) => (d.id === approved.id ? approved : d)),
});

/** Renders the approved text and builds the record an approval freezes. */
export const buildSnapshot = async (args: {
  readonly workspace: Workspace;
  readonly files: WorkspaceFiles;
  readonly templates: Templates;
  readonly approved: DocumentMeta;
  readonly body: string;
  /** Where the approved text is rendered: the workers, with their time limit, in the app. */
  readonly render?: FrozenRender;
  /** The template engine's time limit on this thread (without `render`); see RenderTemplateOptions. */
  readonly timeLimitMs?: number;
}): Promise<{ record: SnapshotRecord; unfilled: readonly UnfilledField[] }> => {
  const { approved, body, templates } = args;
  const workspace = asApproved(args.workspace, approved);
  const today = approved.approvedAt ?? approved.updatedAt;
  const job = { workspace, meta: approved, body, templates, today, mode: 'export' } as const;
  const result = await (args.render
    ? args.render({ ...job, templates: templates.map(({ id, title }) => ({ id, title })) })
    : renderDocument({
        ...job,
        ...(args.timeLimitMs === undefined ? {} : { timeLimitMs: args.timeLimitMs }),
      }));
  const context = buildRenderContext({ workspace, document: approved, today, templates });
  const reads = readPaths(body);
  const { input } = await exportInput({
    workspace,
    meta: approved,
    markdown: result.markdown,
    incomplete: false,
    readFile: args.files.readFile,
  });
  const record = {
    format: 2 as const,
    documentId: approved.id,
    version: approved.version,
    approvedAt: today,
    meta: approved,
    markdown: result.markdown,
    data: dataAt(context, reads),
    reads: reads.map((path) => [...path]),
    docx: freezeDocxInput(input),
  };
  return {
    record: { ...record, fillCheck: fillCheckOf(record) },
    unfilled: result.unfilled,
  };
};

/**
 * The Word file of a frozen input: the contents' cached page numbers come from the same layout
 * as a working-text export, and depend on the frozen input only.
 */
export const frozenDocx = async (
  input: DocxInput,
  pages: PagePlanner | null,
): Promise<Uint8Array> => buildDocxLazily(pages ? { ...input, pages: await pages(input) } : input);

const notFrozen = (meta: DocumentMeta, version: string) =>
  new AppError(
    'not-found',
    `Version ${version} of ${meta.id} has no frozen copy in history/ (${meta.id}@${version}.json)`,
    { id: meta.id, version },
  );

/** The Word and PDF input of one frozen approved version. */
export const frozenInput = async (
  files: WorkspaceFiles,
  meta: DocumentMeta,
  version: string,
): Promise<DocxInput> => {
  const frozen = await readFrozen(files, meta.id, version);
  if (!frozen?.record) throw notFrozen(meta, version);
  return docxInputFromSnapshot(frozen.record);
};

/**
 * The Word file of a frozen approved version: the same bytes every time. The one stored at
 * approval when `stored` finds it intact; otherwise made from the record.
 */
export const exportFrozen = async (
  files: WorkspaceFiles,
  meta: DocumentMeta,
  version: string,
  pages: PagePlanner | null,
  stored: (record: SnapshotRecord) => Promise<Uint8Array | null> = () => Promise.resolve(null),
): Promise<Uint8Array> => {
  const frozen = await readFrozen(files, meta.id, version);
  if (!frozen?.record) throw notFrozen(meta, version);
  return (await stored(frozen.record)) ?? frozenDocx(docxInputFromSnapshot(frozen.record), pages);
};

/**
 * The metadata a working-text export prints: the working version, never an approval date or a
 * review date that belong to the approved version, and "draft" for an approved document whose
 * text or data has changed.
 */
export const workingMeta = (meta: DocumentMeta, view: DocumentControlView): DocumentMeta => ({
  ...meta,
  version: view.workingVersion,
  status: meta.status === 'approved' ? 'draft' : meta.status,
  approvedAt: meta.status === 'obsolete' ? meta.approvedAt : null,
  nextReviewDate: null,
});

/**
 * The control state of every document, reading each body once (from `bodies` when given). A
 * document whose body or frozen copy cannot be read gets its state from its metadata alone. One
 * whose comparison with the approved text could not be made (a render that ran out of time)
 * throws with `checkFailures: 'throw'`; by default its view says so in `changeCheckError`.
 */
export const controlStatesOf = async (args: {
  readonly workspace: Workspace;
  readonly files: WorkspaceFiles;
  readonly templates: Templates;
  readonly today: string;
  readonly bodies?: ReadonlyMap<string, string>;
  /** Where the comparison renders run; by default on this thread. */
  readonly render?: FrozenRender;
  /** Checked between documents: after a cancel no further document is rendered. */
  readonly signal?: CancelSignal;
  readonly checkFailures?: 'throw' | 'show';
  readonly cache?: ChangeCheckCache;
  /** The documents to give a state (of the workspace's); by default every one. */
  readonly documents?: readonly DocumentMeta[];
}): Promise<Map<string, ControlState>> => {
  const { workspace, files, templates, today, bodies, render, signal, cache } = args;
  const entries = await mapLimited(
    args.documents ?? workspace.documents,
    DOCUMENTS_AT_ONCE,
    async (meta) => {
      const body = bodies?.get(meta.id) ?? (await files.readBody(meta.id).catch(() => null));
      // A damaged frozen copy is reported by the check; here the state comes from the metadata.
      const state = await controlStateOf({
        ...{ workspace, files, templates, meta, body, today },
        ...(render ? { render } : {}),
        ...(cache ? { cache } : {}),
      }).catch((error: unknown): ControlState => {
        if (!isCheckFailure(error)) {
          return {
            view: documentControlView(meta, { today, changedSinceApproval: false }),
            frozen: null,
          };
        }
        if (args.checkFailures === 'throw') throw error;
        return { view: uncheckedView(meta, today, error), frozen: null };
      });
      return [meta.id, state] as const;
    },
    signal,
  );
  return new Map(entries);
};

/**
 * An approved document's "changed since approval" answer kept under the digests of its frozen
 * source and record, when the store knows both without reading them (see `snapshotDigests`)
 * and the body is the frozen one, the only case whose answer depends on the record. Undefined
 * when there is no such answer: the caller then works it out as `controlStateOf` does.
 */
const keptChangeAnswer = async (args: {
  readonly workspace: Workspace;
  readonly files: WorkspaceFiles;
  readonly templates: Templates;
  readonly meta: DocumentMeta;
  readonly body: string | null;
  readonly cache?: ChangeCheckCache;
}): Promise<boolean | undefined> => {
  const { files, meta, body, cache } = args;
  const approved = lastApprovedVersion(meta);
  const sha256 = cache?.sha256;
  if (meta.status !== 'approved' || approved === null || body === null) return undefined;
  // A file's digest is of its bytes; a body read with a byte-order mark left in is not compared.
  if (!cache || !sha256 || !files.snapshotDigests || body.startsWith('\ufeff')) return undefined;
  const known = await files.snapshotDigests(meta.id, approved).catch(() => null);
  const bodyDigest = sha256(body);
  if (known?.body !== bodyDigest || known.record === undefined) return undefined;
  const key = cache.key({
    ...{ dir: files.root, id: meta.id, body, frozenBody: { digest: bodyDigest } },
    ...{ frozenRecord: { digest: known.record }, workspace: args.workspace },
    templates: args.templates,
  });
  return cache.get(key);
};

/**
 * Each document's control view, as `controlStatesOf` gives it, without the frozen copies: an
 * approved document whose answer is kept under its record's digest is not read further.
 */
export const controlViewsOf = async (
  args: Parameters<typeof controlStatesOf>[0],
): Promise<Map<string, DocumentControlView>> => {
  const { workspace, files, templates, today, bodies, cache } = args;
  const views = new Map<string, DocumentControlView>();
  const rest: DocumentMeta[] = [];
  for (const meta of workspace.documents) {
    const body = bodies?.get(meta.id) ?? null;
    const kept = await keptChangeAnswer({
      workspace,
      files,
      templates,
      meta,
      body,
      ...(cache ? { cache } : {}),
    });
    if (kept === undefined) rest.push(meta);
    else views.set(meta.id, documentControlView(meta, { today, changedSinceApproval: kept }));
  }
  const others = await controlStatesOf({ ...args, documents: rest });
  return new Map(
    workspace.documents.map((meta) => [meta.id, views.get(meta.id) ?? others.get(meta.id)!.view]),
  );
};

/** The view of a document whose comparison with its approved text could not be made. */
export const uncheckedView = (meta: DocumentMeta, today: string, error: AppError) =>
  documentControlView(meta, {
    today,
    changedSinceApproval: false,
    changeCheckError: error.message,
  });
