import { AppError } from '../../errors';
import type { Clock, TemplateSource } from '../ports';
import type { PagePlanner } from '../publish-ports';
import { isoDay } from './dates';
import { exportFileName } from './document-ids';
import type { DocumentRunner, ExportJob } from './document-jobs';
import { controlStateOf, exportFrozen, workingMeta } from './document-control';
import { exportInput, type ExportWarning } from './export-input';
import { loadTemplateLibrary } from './template-library';
import { findDocument, type WorkspaceSessions } from './workspace-sessions';

export type ExportDeps = {
  readonly sessions: WorkspaceSessions;
  readonly templates: TemplateSource;
  readonly clock: Clock;
  readonly runner: DocumentRunner;
  /** Page breaks for the contents of a frozen copy, the same as the workers give working text. */
  readonly pages?: PagePlanner | null;
};

export type ExportedDocument = {
  readonly id: string;
  readonly fileName: string;
  readonly bytes: Uint8Array;
  readonly incomplete: boolean;
  readonly warnings: readonly ExportWarning[];
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
  const bodies = await Promise.all(chosen.map((meta) => files.readBody(meta.id)));
  return Promise.all(
    chosen.map(async (meta, i) => {
      const fileName = exportFileName(meta.id, meta.title);
      const control = await controlStateOf({
        workspace,
        files,
        templates: library.templates,
        meta,
        body: bodies[i]!,
        runner: deps.runner,
        today: isoDay(now),
      });
      // An approved, unchanged document exports its frozen copy: the same words and bytes as on
      // the day it was approved. Anything else is the working text, which is not approved.
      if (control.view.state === 'approved' && control.frozen?.record) {
        const bytes = await exportFrozen(files, meta, meta.version, deps.pages ?? null);
        return { id: meta.id, fileName, bytes, incomplete: false, warnings: [] };
      }
      // The Markdown and the unfilled flag come from the render, which runs with the export.
      const { input, warnings } = await exportInput({
        workspace,
        // An approved document from before approvals were frozen prints as approved, as it was.
        meta: control.view.state === 'approved' ? meta : workingMeta(meta, control.view),
        markdown: '',
        incomplete: false,
        readFile: files.readFile,
        now,
      });
      const job: ExportJob = {
        render: {
          workspace,
          meta,
          body: bodies[i]!,
          templates: library.refs,
          today: isoDay(now),
          mode: 'export',
        },
        docx: input,
      };
      const { bytes, incomplete } = await deps.runner.exportDocument(job);
      return { id: meta.id, fileName, bytes, incomplete, warnings };
    }),
  );
};
