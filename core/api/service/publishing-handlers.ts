import { bytesToBase64 } from '../base64';
import { AppError } from '../../errors';
import type { Handlers } from '../dispatch';
import type { Clock, TemplateSource } from '../ports';
import type { PdfRenderer } from '../publish-ports';
import { isoDay } from './dates';
import { exportFileName } from './document-ids';
import { exportInput } from './export-input';
import { renderDocument } from './render-document';
import { loadTemplateLibrary } from './template-library';
import { findDocument, type WorkspaceSessions } from './workspace-sessions';

type Deps = {
  readonly sessions: WorkspaceSessions;
  readonly templates: TemplateSource;
  readonly clock: Clock;
  readonly pdf: PdfRenderer | null;
};

type PublishingHandlers = Pick<Handlers, 'documents.exportPdf'>;

export const createPublishingHandlers = ({
  sessions,
  templates,
  clock,
  pdf,
}: Deps): PublishingHandlers => ({
  'documents.exportPdf': async ({ dir, id }) => {
    if (!pdf) throw new AppError('internal', 'PDF export is not available in this build');
    const workspace = await sessions.read(dir);
    const meta = findDocument(workspace, id);
    const files = await sessions.files(dir);
    const library = await loadTemplateLibrary(templates, dir);
    const result = await renderDocument({
      workspace,
      meta,
      body: await files.readBody(id),
      templates: library.templates,
      today: isoDay(clock.now()),
      mode: 'export',
    });
    const incomplete = result.unfilled.length > 0;
    const { input, warnings } = await exportInput({
      workspace,
      meta,
      markdown: result.markdown,
      incomplete,
      readFile: files.readFile,
      now: clock.now(),
    });
    const bytes = await pdf(input);
    return {
      fileName: exportFileName(meta.id, meta.title).replace(/\.docx$/i, '.pdf'),
      data: bytesToBase64(bytes),
      incomplete,
      warnings,
    };
  },
});
