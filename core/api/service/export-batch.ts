import { AppError } from '../../errors';
import type { DocumentMeta, Workspace } from '../../model/workspace';
import type { Clock, TemplateSource } from '../ports';
import { isoDay } from './dates';
import { exportFileName } from './document-ids';
import type { DocumentRunner, ExportJob } from './document-jobs';
import { readImageInfo } from './image-info';
import { loadTemplateLibrary } from './template-library';
import { findDocument, personName, type WorkspaceSessions } from './workspace-sessions';

export type ExportDeps = {
  readonly sessions: WorkspaceSessions;
  readonly templates: TemplateSource;
  readonly clock: Clock;
  readonly runner: DocumentRunner;
};

export type ExportedDocument = {
  readonly id: string;
  readonly fileName: string;
  readonly bytes: Uint8Array;
  readonly incomplete: boolean;
};

/**
 * Word files for many documents at once: the workspace, the template library and the logo are
 * read once, and the documents are rendered and exported side by side on the runner's workers.
 * `ids` absent means every document, in workspace order. Unknown IDs fail before any export.
 * This is the fast path for `isms export --all`, `documents.exportMany` and packs of documents.
 */
export const exportDocuments = async (
  deps: ExportDeps,
  dir: string,
  ids?: readonly string[],
): Promise<ExportedDocument[]> => {
  const workspace = await deps.sessions.read(dir);
  const missing = (ids ?? []).filter((id) => !workspace.documents.some((d) => d.id === id));
  if (missing.length > 0) {
    throw new AppError('not-found', `no document with ID ${missing.join(', ')} in ${dir}`, {
      ids: missing,
    });
  }
  const chosen = ids ? ids.map((id) => findDocument(workspace, id)) : workspace.documents;
  const [files, library] = await Promise.all([
    deps.sessions.files(dir),
    loadTemplateLibrary(deps.templates, dir),
  ]);
  const now = deps.clock.now();
  const logo = await readLogo(workspace, files.readFile);
  const bodies = await Promise.all(chosen.map((meta) => files.readBody(meta.id)));
  return Promise.all(
    chosen.map(async (meta, i) => {
      const job: ExportJob = {
        render: {
          workspace,
          meta,
          body: bodies[i]!,
          templates: library.refs,
          today: isoDay(now),
          mode: 'export',
        },
        docx: docxFields(workspace, meta, logo, now),
      };
      const { bytes, incomplete } = await deps.runner.exportDocument(job);
      return { id: meta.id, fileName: exportFileName(meta.id, meta.title), bytes, incomplete };
    }),
  );
};

const docxFields = (
  workspace: Workspace,
  meta: DocumentMeta,
  logo: ExportJob['docx']['logo'],
  timestamp: Date,
): ExportJob['docx'] => ({
  documentId: meta.id,
  title: meta.title,
  version: meta.version,
  status: meta.status,
  classification: meta.classification,
  organisationName: workspace.organisation.name || workspace.organisation.legalName,
  ownerName: personName(workspace, meta.owner) ?? '',
  approverName: personName(workspace, meta.approver) ?? '',
  approvedAt: meta.approvedAt,
  nextReviewDate: meta.nextReviewDate,
  revisions: meta.revisions,
  subject: subjectOf(meta),
  keywords: [
    'ISO/IEC 27001:2022',
    ...meta.clauses.map((c) => `Clause ${c}`),
    ...meta.controls.map((c) => `A.${c}`),
  ],
  logo,
  timestamp,
});

const subjectOf = (meta: DocumentMeta): string => {
  const plural = (n: number, one: string, many: string) => (n === 1 ? one : many);
  const parts = [
    meta.clauses.length
      ? `${plural(meta.clauses.length, 'Clause', 'Clauses')} ${meta.clauses.join(', ')}`
      : '',
    meta.controls.length
      ? `Annex A ${plural(meta.controls.length, 'control', 'controls')} ${meta.controls.join(', ')}`
      : '',
  ].filter(Boolean);
  return `ISO/IEC 27001:2022 ${meta.kind}${parts.length ? ` (${parts.join('; ')})` : ''}`;
};

const readLogo = async (workspace: Workspace, readFile: (path: string) => Promise<Uint8Array>) => {
  const logo = workspace.organisation.logo;
  if (!logo) return null;
  const image = readImageInfo(await readFile(logo));
  if (!image) {
    throw new AppError('invalid-input', `organisation.logo: ${logo} is not a PNG or JPEG image`, {
      path: 'organisation.logo',
      file: logo,
    });
  }
  return image;
};
