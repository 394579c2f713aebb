import { docxInputFromSnapshot } from '../../doccontrol/snapshot';
import type { DocxInput } from '../../docx/types';
import { documentMetaSchema, type DocumentMeta, type Workspace } from '../../model/workspace';
import type { PackedDocument } from '../../pack/types';
import type { Template } from '../../templates/types';
import type { WorkspaceFiles } from '../ports';
import type { PagePlanner, PdfRenderer } from '../publish-ports';
import { frozenDocx, workingMeta, type ControlState } from './document-control';
import { exportInput } from './export-input';
import { readApprovedWordFile } from './frozen-word-file';
import type { RenderJob } from './document-jobs';
import { renderDocument } from './render-document';
import type { RenderResult } from '../../templates/types';

// The Word and PDF files of the Stage 1 pack. An approved version comes from its frozen copy
// (the same bytes as its export on the day it was approved); a draft is the working text.
// Dates come from the workspace, never from the clock, so the same workspace packs to the same
// bytes.

const midnight = (day: string) => new Date(`${day}T00:00:00.000Z`);

type Deps = {
  workspace: Workspace;
  files: WorkspaceFiles;
  bodies: ReadonlyMap<string, string>;
  controls: ReadonlyMap<string, ControlState>;
  templates: readonly Pick<Template, 'id' | 'title'>[];
  today: string;
  pdf: PdfRenderer | null;
  pages: PagePlanner | null;
  /**
   * Where a draft's working text is filled: the backend's workers, with their time limit (the
   * engine's 2 s limit on this thread stopped large drafts on a busy machine) and the cancel.
   */
  render?: (job: RenderJob) => Promise<RenderResult>;
};

/** Every current approved version, and with `includeDrafts` the text being worked on. */
export const packedDocuments = (
  workspace: Workspace,
  controls: ReadonlyMap<string, ControlState>,
  includeDrafts: boolean,
): PackedDocument[] =>
  workspace.documents.flatMap((meta) => {
    if (meta.status === 'obsolete') return [];
    const view = controls.get(meta.id)?.view;
    const approved = view ? view.approvedVersion !== null : meta.status === 'approved';
    const working = view ? view.state !== 'approved' : meta.status !== 'approved';
    return [
      ...(approved ? [{ meta, draft: false }] : []),
      ...(includeDrafts && working ? [{ meta, draft: true }] : []),
    ];
  });

/** The source of an approved version frozen before approvals kept their filled text. */
const legacyApprovedBody = async (deps: Deps, meta: DocumentMeta, version: string) => {
  try {
    return new TextDecoder().decode(await deps.files.readFile(`history/${meta.id}@${version}.md`));
  } catch {
    return deps.bodies.get(meta.id) ?? (await deps.files.readBody(meta.id));
  }
};

export const createPackDocx = (deps: Deps) => {
  const inputs = new Map<string, Promise<DocxInput>>();

  const renderedInput = async (meta: DocumentMeta, body: string, draft: boolean) => {
    const result = await (deps.render ?? renderDocument)({
      workspace: deps.workspace,
      meta,
      body,
      templates: deps.templates,
      today: deps.today,
      mode: 'export',
    });
    const { input } = await exportInput({
      workspace: deps.workspace,
      meta,
      markdown: result.markdown,
      incomplete: result.unfilled.length > 0,
      readFile: deps.files.readFile,
      now: midnight(meta.updatedAt),
    });
    // The cover prints the subject under the title, so a draft says so on its first page.
    return draft ? { ...input, subject: `DRAFT - not approved - ${input.subject}` } : input;
  };

  const documentInput = async ({ meta, draft }: PackedDocument): Promise<DocxInput> => {
    const control = deps.controls.get(meta.id);
    if (!draft) {
      const record = control?.frozen?.record;
      if (record) return docxInputFromSnapshot(record);
      const version = control?.view.approvedVersion ?? meta.version;
      return renderedInput(meta, await legacyApprovedBody(deps, meta, version), false);
    }
    const body = deps.bodies.get(meta.id) ?? (await deps.files.readBody(meta.id));
    return renderedInput(control ? workingMeta(meta, control.view) : meta, body, true);
  };

  const inputFor = (entry: PackedDocument) => {
    const key = `${entry.meta.id}:${entry.draft ? 'draft' : 'approved'}`;
    let found = inputs.get(key);
    if (!found) {
      found = documentInput(entry);
      inputs.set(key, found);
    }
    return found;
  };

  const documentDocx = async (entry: PackedDocument) => {
    // An approved version's Word file as stored at its approval, when it is intact.
    const record = entry.draft ? null : deps.controls.get(entry.meta.id)?.frozen?.record;
    const stored = record ? (await readApprovedWordFile(deps.files, record)).bytes : null;
    return stored ?? frozenDocx(await inputFor(entry), deps.pages);
  };
  const { pdf } = deps;
  const documentPdf = pdf ? async (entry: PackedDocument) => pdf(await inputFor(entry)) : null;

  const generatedDocx = async (title: string, markdown: string) => {
    const { workspace, today } = deps;
    const { input } = await exportInput({
      workspace,
      // A generated file is no workspace document; the schema fills every other field.
      meta: documentMetaSchema.parse({
        id: `${workspace.organisation.documentIdPrefix}-PCK-001`,
        templateId: 'stage-1-pack',
        title,
        kind: 'report',
        classification: workspace.organisation.classification.default,
        createdAt: today,
        updatedAt: today,
      }),
      markdown,
      incomplete: false,
      readFile: deps.files.readFile,
      now: midnight(today),
    });
    const generated: DocxInput = {
      ...input,
      documentId: `${workspace.organisation.documentIdPrefix} Stage 1 pack`,
      status: 'generated',
      version: today,
      subject: `Generated from the workspace as at ${today}`,
      keywords: ['ISO/IEC 27001:2022', 'Stage 1'],
    };
    // The contents list shows page numbers, as in every exported document.
    return frozenDocx(generated, deps.pages);
  };

  return { documentDocx, documentPdf, generatedDocx };
};
