import { AppError } from '../../errors';
import type { DocumentMeta } from '../../model/workspace';
import type { Template } from '../../templates/types';
import { base64ToBytes } from '../base64';
import type { Handlers } from '../dispatch';
import type { DocxImporter } from '../import-ports';
import type { Clock, TemplateSource } from '../ports';
import { isoDay } from './dates';
import { newDocumentMeta } from './new-document';
import { loadTemplateLibrary } from './template-library';
import type { WorkspaceSessions } from './workspace-sessions';

type Deps = {
  readonly sessions: WorkspaceSessions;
  readonly templates: TemplateSource;
  readonly clock: Clock;
  readonly importer: DocxImporter | null;
};

/** A Word policy is rarely larger; beyond this it is mostly pictures, which are dropped anyway. */
export const IMPORT_MAX_BYTES = 20 * 1024 * 1024;

/**
 * Imported text is stored as a document body, which is a Liquid template: braces that Liquid
 * would read as a placeholder or tag are kept literally, so the text prints as it was written.
 */
export const protectLiquid = (markdown: string): string =>
  markdown.replace(/\{[{%]/g, (pair) => `{% raw %}${pair}{% endraw %}`);

/** What an import stands for when no template is named: a policy with no clauses yet. */
const importedTemplate = (title: string, markdown: string, fileName: string): Template => ({
  id: 'imported',
  title,
  kind: 'policy',
  clauses: [],
  controls: [],
  summary: `Imported from ${fileName}`,
  body: markdown,
  bodyLine: 1,
  file: fileName,
  origin: 'workspace',
});

const fileTitle = (fileName: string) =>
  fileName
    .replace(/\.docx$/i, '')
    .replace(/[_]+/g, ' ')
    .trim() || 'Imported document';

export const createImportHandlers = ({
  sessions,
  templates,
  clock,
  importer,
}: Deps): Pick<Handlers, 'documents.import'> => ({
  'documents.import': async ({ dir, fileName, data, templateId }) => {
    if (!importer) throw new AppError('internal', 'Word import is not available in this build');
    if (!/\.docx$/i.test(fileName)) {
      throw new AppError('invalid-input', `${fileName} is not a Word (.docx) file.`, {
        field: 'fileName',
        file: fileName,
      });
    }
    const bytes = base64ToBytes(data);
    if (bytes.length > IMPORT_MAX_BYTES) {
      throw new AppError('invalid-input', `${fileName} is larger than 20 MB.`, { file: fileName });
    }
    const library = await loadTemplateLibrary(templates, dir);
    const template = templateId ? library.get(templateId) : null;
    const imported = await importer(bytes, fileName);
    const title = imported.title ?? fileTitle(fileName);
    const body = protectLiquid(imported.markdown);
    const today = isoDay(clock.now());
    const files = await sessions.files(dir);
    let created: DocumentMeta | undefined;
    await sessions.update(dir, async (workspace) => {
      const base = template ?? importedTemplate(title, body, fileName);
      const meta = newDocumentMeta(workspace, base, today);
      created = {
        ...meta,
        title,
        revisions: meta.revisions.map((r) => ({ ...r, description: `Imported from ${fileName}` })),
      };
      await files.writeBody(meta.id, body);
      return { ...workspace, documents: [...workspace.documents, created] };
    });
    if (!created) throw new AppError('internal', 'the document was not created');
    return { document: created, report: imported.report };
  },
});
