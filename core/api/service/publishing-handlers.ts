import { bytesToBase64 } from '../base64';
import { AppError } from '../../errors';
import { docxInputFromSnapshot } from '../../doccontrol/snapshot';
import type { Handlers } from '../dispatch';
import type { Clock, TemplateSource } from '../ports';
import type { PdfRenderer } from '../publish-ports';
import { isoDay } from './dates';
import { exportFileName } from './document-ids';
import { controlStateOf, workingMeta } from './document-control';
import type { DocumentRunner } from './document-jobs';
import { exportInput } from './export-input';
import { renderDocument } from './render-document';
import { loadTemplateLibrary } from './template-library';
import { findDocument, type WorkspaceSessions } from './workspace-sessions';

type Deps = {
  readonly sessions: WorkspaceSessions;
  readonly templates: TemplateSource;
  readonly clock: Clock;
  readonly pdf: PdfRenderer | null;
  readonly runner: DocumentRunner;
};

type PublishingHandlers = Pick<Handlers, 'documents.exportPdf'>;

export const createPublishingHandlers = ({
  sessions,
  templates,
  clock,
  pdf,
  runner,
}: Deps): PublishingHandlers => ({
  'documents.exportPdf': async ({ dir, id }) => {
    if (!pdf) throw new AppError('internal', 'PDF export is not available in this build');
    const workspace = await sessions.read(dir);
    const meta = findDocument(workspace, id);
    const files = await sessions.files(dir);
    const library = await loadTemplateLibrary(templates, dir);
    const body = await files.readBody(id);
    const today = isoDay(clock.now());
    const fileName = exportFileName(meta.id, meta.title).replace(/\.docx$/i, '.pdf');
    const control = await controlStateOf({
      workspace,
      files,
      templates: library.templates,
      meta,
      body,
      render: runner.render,
      today,
    });
    // An approved, unchanged document prints its frozen copy: the words approved, whatever the
    // data says today, as the Word export does.
    if (control.view.state === 'approved' && control.frozen?.record) {
      const bytes = await pdf(docxInputFromSnapshot(control.frozen.record));
      return { fileName, data: bytesToBase64(bytes), incomplete: false, warnings: [] };
    }
    const result = await renderDocument({
      workspace,
      meta,
      body,
      templates: library.templates,
      today,
      mode: 'export',
    });
    const incomplete = result.unfilled.length > 0;
    const { input, warnings } = await exportInput({
      workspace,
      // The working text of a changed approved document is a draft, never printed as approved.
      meta: control.view.state === 'approved' ? meta : workingMeta(meta, control.view),
      markdown: result.markdown,
      incomplete,
      readFile: files.readFile,
      now: clock.now(),
    });
    const bytes = await pdf(input);
    return { fileName, data: bytesToBase64(bytes), incomplete, warnings };
  },
});
