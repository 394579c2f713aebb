import { buildDocx } from '../../docx/build-docx';
import type { DocxInput } from '../../docx/types';
import type { DocumentMeta, Workspace } from '../../model/workspace';
import type { Template } from '../../templates/types';
import type { WorkspaceFiles } from '../ports';
import type { PdfRenderer } from '../publish-ports';
import { exportInput } from './export-input';
import { renderDocument } from './render-document';

// The Word and PDF files of the Stage 1 pack, from the same input as a single export. Dates come
// from the workspace (a document's last change, the report's date), never from the clock, so
// the same workspace packs to the same bytes.

const midnight = (day: string) => new Date(`${day}T00:00:00.000Z`);

type Deps = {
  workspace: Workspace;
  files: WorkspaceFiles;
  bodies: ReadonlyMap<string, string>;
  templates: readonly Pick<Template, 'id' | 'title'>[];
  today: string;
  pdf: PdfRenderer | null;
};

/** The approved text as frozen at approval when the snapshot exists; the current body otherwise. */
const approvedBody = async (deps: Deps, meta: DocumentMeta): Promise<string> => {
  const current = deps.bodies.get(meta.id) ?? (await deps.files.readBody(meta.id));
  if (meta.status !== 'approved') return current;
  try {
    return new TextDecoder().decode(
      await deps.files.readFile(`history/${meta.id}@${meta.version}.md`),
    );
  } catch {
    return current;
  }
};

export const createPackDocx = (deps: Deps) => {
  const inputs = new Map<string, Promise<DocxInput>>();

  const documentInput = async (meta: DocumentMeta): Promise<DocxInput> => {
    const draft = meta.status !== 'approved';
    const result = await renderDocument({
      workspace: deps.workspace,
      meta,
      body: await approvedBody(deps, meta),
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
  const inputFor = (meta: DocumentMeta) => {
    let found = inputs.get(meta.id);
    if (!found) {
      found = documentInput(meta);
      inputs.set(meta.id, found);
    }
    return found;
  };

  const documentDocx = async (meta: DocumentMeta) => buildDocx(await inputFor(meta));
  const { pdf } = deps;
  const documentPdf = pdf ? async (meta: DocumentMeta) => pdf(await inputFor(meta)) : null;

  const generatedDocx = async (title: string, markdown: string) => {
    const { workspace, today } = deps;
    const { input } = await exportInput({
      workspace,
      meta: {
        id: `${workspace.organisation.documentIdPrefix}-PCK-001`,
        templateId: 'stage-1-pack',
        title,
        kind: 'report',
        status: 'generated' as DocumentMeta['status'],
        version: today,
        owner: null,
        approver: null,
        classification: workspace.organisation.classification.default,
        clauses: [],
        controls: [],
        createdAt: today,
        updatedAt: today,
        approvedAt: null,
        nextReviewDate: null,
        revisions: [],
        approvals: [],
        recordDate: today,
        withdrawnAt: null,
      },
      markdown,
      incomplete: false,
      readFile: deps.files.readFile,
      now: midnight(today),
    });
    return buildDocx({
      ...input,
      documentId: `${workspace.organisation.documentIdPrefix} Stage 1 pack`,
      status: 'generated',
      subject: `Generated from the workspace as at ${today}`,
      keywords: ['ISO/IEC 27001:2022', 'Stage 1'],
    });
  };

  return { documentDocx, documentPdf, generatedDocx };
};
