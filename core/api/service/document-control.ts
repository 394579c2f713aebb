import { buildDocx } from '../../docx/build-docx';
import { documentControlView, hasChangedSinceApproval } from '../../doccontrol/lifecycle';
import type { DocumentControlView } from '../../doccontrol/lifecycle';
import {
  docxInputFromSnapshot,
  freezeLogo,
  parseSnapshot,
  serialiseSnapshot,
  type SnapshotRecord,
} from '../../doccontrol/snapshot';
import { lastApprovedVersion } from '../../doccontrol/versions';
import { AppError, isAppError } from '../../errors';
import type { DocumentMeta, Workspace } from '../../model/workspace';
import { buildRenderContext } from '../../templates/context';
import type { RenderResult, Template } from '../../templates/types';
import type { TemplateSource, WorkspaceFiles } from '../ports';
import { loadTemplateLibrary } from './template-library';
import { readLogo } from './export-input';
import { renderDocument } from './render-document';
import { personName } from './workspace-sessions';

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

/** The filled text the body and today's data give, under the approved metadata and date. */
export const filledNow = async (
  workspace: Workspace,
  record: SnapshotRecord,
  body: string,
  templates: Templates,
  render: FrozenRender = renderDocument,
): Promise<string | null> => {
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
  } catch {
    // A body that no longer renders certainly no longer gives the approved text.
    return `\u0000unrenderable`;
  }
};

export type ControlState = {
  readonly view: DocumentControlView;
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

/** The document-control view of one document, comparing its body and data with the frozen copy. */
export const controlStateOf = async (args: {
  readonly workspace: Workspace;
  readonly files: WorkspaceFiles;
  readonly templates: Templates;
  readonly meta: DocumentMeta;
  readonly body: string | null;
  readonly today: string;
  /** Where the comparison render runs; by default on this thread. */
  readonly render?: FrozenRender;
}): Promise<ControlState> => {
  const { workspace, files, meta, today } = args;
  const approved = meta.status === 'obsolete' ? null : lastApprovedVersion(meta);
  const frozen = approved === null ? null : await readFrozenText(files, meta.id, approved);
  let changed = false;
  if (frozen && args.body !== null) {
    // Rendering (and reading the large record) is the costly part, so it is done only when it
    // can change what the user sees: a changed body is a change whatever it renders to, and a
    // document whose stored status is no longer approved shows the same state either way.
    const mayBeUnchanged = meta.status === 'approved' && args.body === frozen.body;
    const record =
      mayBeUnchanged && frozen.record !== null
        ? parseSnapshot(frozen.record, `history/${meta.id}@${approved}.json`)
        : null;
    const now = record
      ? await filledNow(workspace, record, args.body, args.templates, args.render)
      : null;
    changed =
      !mayBeUnchanged ||
      hasChangedSinceApproval({
        body: args.body,
        filledNow: now,
        frozen: { body: frozen.body, markdown: record?.markdown ?? '' },
      });
  }
  return { view: documentControlView(meta, { today, changedSinceApproval: changed }) };
};

/** Renders the approved text and builds the record an approval freezes. */
export const buildSnapshot = async (args: {
  readonly workspace: Workspace;
  readonly files: WorkspaceFiles;
  readonly templates: Templates;
  readonly approved: DocumentMeta;
  readonly body: string;
}): Promise<{ record: SnapshotRecord; unfilled: string[] }> => {
  const { workspace, approved, body, templates } = args;
  const today = approved.approvedAt ?? approved.updatedAt;
  const result = await renderDocument({
    workspace,
    meta: approved,
    body,
    templates,
    today,
    mode: 'export',
  });
  const data = buildRenderContext({ workspace, document: approved, today, templates });
  const record: SnapshotRecord = {
    format: 1,
    documentId: approved.id,
    version: approved.version,
    approvedAt: today,
    meta: approved,
    markdown: result.markdown,
    data: JSON.parse(JSON.stringify(data)) as Record<string, unknown>,
    organisationName: workspace.organisation.name || workspace.organisation.legalName,
    ownerName: personName(workspace, approved.owner) ?? '',
    approverName: personName(workspace, approved.approver) ?? '',
    logo: freezeLogo((await readLogo(workspace, args.files.readFile)).logo),
  };
  return {
    record,
    unfilled: result.unfilled.map((u) => `${u.field} (line ${u.line}, column ${u.column})`),
  };
};

export const writeFrozen = (files: WorkspaceFiles, body: string, record: SnapshotRecord) =>
  files.writeSnapshot(record.documentId, record.version, body, serialiseSnapshot(record));

/** The Word file of a frozen approved version: the same bytes every time. */
export const exportFrozen = async (
  files: WorkspaceFiles,
  meta: DocumentMeta,
  version: string,
): Promise<Uint8Array> => {
  const frozen = await readFrozen(files, meta.id, version);
  if (!frozen?.record) {
    throw new AppError(
      'not-found',
      `Version ${version} of ${meta.id} has no frozen copy in history/ (${meta.id}@${version}.json)`,
      { id: meta.id, version },
    );
  }
  return buildDocx(docxInputFromSnapshot(frozen.record));
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

/** Freezes every approved document of a new workspace (the demo), as its approval would have. */
export const freezeApprovedDocuments = async (
  workspace: Workspace,
  bodies: Readonly<Record<string, string>>,
  files: WorkspaceFiles,
  source: TemplateSource,
): Promise<void> => {
  const library = await loadTemplateLibrary(source, null);
  for (const approved of workspace.documents.filter((d) => d.status === 'approved')) {
    const body = bodies[approved.id] ?? '';
    const { record, unfilled } = await buildSnapshot({
      workspace,
      files,
      templates: library.templates,
      approved,
      body,
    });
    if (unfilled.length > 0) {
      throw new AppError(
        'internal',
        `${approved.id} is approved with unfilled fields: ${unfilled.join(', ')}`,
      );
    }
    await writeFrozen(files, body, record);
  }
};
