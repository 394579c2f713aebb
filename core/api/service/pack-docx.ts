import { buildDocx } from '../../docx/build-docx';
import type { DocxImage } from '../../docx/types';
import type { DocumentMeta, Workspace } from '../../model/workspace';
import type { Template } from '../../templates/types';
import type { WorkspaceFiles } from '../ports';
import { readImageInfo } from './image-info';
import { inProcessRunner, type DocumentRunner } from './document-jobs';
import { personName } from './workspace-sessions';

// The Word files of the Stage 1 pack. Dates come from the workspace (a document's last change,
// the report's date), never from the clock, so the same workspace packs to the same bytes.

const midnight = (day: string) => new Date(`${day}T00:00:00.000Z`);

type Deps = {
  workspace: Workspace;
  files: WorkspaceFiles;
  bodies: ReadonlyMap<string, string>;
  templates: readonly Pick<Template, 'id' | 'title'>[];
  today: string;
  /** Where documents are rendered and exported (worker threads with a time limit in the app). */
  runner?: DocumentRunner;
};

const logoOf = async ({ workspace, files }: Deps): Promise<DocxImage | null> => {
  const path = workspace.organisation.logo;
  if (!path) return null;
  return readImageInfo(await files.readFile(path).catch(() => new Uint8Array())) ?? null;
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
  const logo = logoOf(deps);
  const organisationName =
    deps.workspace.organisation.name || deps.workspace.organisation.legalName;

  const runner = deps.runner ?? inProcessRunner;

  const documentDocx = async (meta: DocumentMeta, draft: boolean) => {
    const render = {
      workspace: deps.workspace,
      meta,
      body: await approvedBody(deps, meta),
      templates: deps.templates,
      today: deps.today,
      mode: 'export' as const,
    };
    const topic = `ISO/IEC 27001:2022 ${meta.kind}`;
    const docx = {
      documentId: meta.id,
      title: meta.title,
      version: meta.version,
      status: meta.status,
      classification: meta.classification,
      organisationName,
      ownerName: personName(deps.workspace, meta.owner) ?? '',
      approverName: personName(deps.workspace, meta.approver) ?? '',
      approvedAt: meta.approvedAt,
      nextReviewDate: meta.nextReviewDate,
      revisions: meta.revisions,
      // The cover prints the subject under the title, so a draft says so on its first page.
      subject: draft ? `DRAFT - not approved - ${topic}` : topic,
      keywords: ['ISO/IEC 27001:2022', ...meta.clauses.map((c) => `Clause ${c}`)],
      logo: await logo,
      timestamp: midnight(meta.updatedAt),
    };
    return (await runner.exportDocument({ render, docx })).bytes;
  };

  const generatedDocx = async (title: string, markdown: string) =>
    buildDocx({
      markdown,
      documentId: `${deps.workspace.organisation.documentIdPrefix} Stage 1 pack`,
      title,
      version: deps.today,
      status: 'generated',
      classification: deps.workspace.organisation.classification.default,
      organisationName,
      ownerName: '',
      approverName: '',
      approvedAt: null,
      nextReviewDate: null,
      revisions: [],
      subject: `Generated from the workspace as at ${deps.today}`,
      keywords: ['ISO/IEC 27001:2022', 'Stage 1'],
      logo: await logo,
      incomplete: false,
      timestamp: midnight(deps.today),
    });

  return { documentDocx, generatedDocx };
};
