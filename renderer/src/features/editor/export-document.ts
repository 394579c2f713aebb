import type { SyntaxProblem } from '../../../../core/templates/syntax-check';
import type { Services } from '../../app/services';
import { describeError } from '../../components/errors';

export type ExportRequest = {
  dir: string;
  id: string;
  title: string;
  unfilledCount: number;
  /** Saves pending edits first; resolves false when they could not be saved. */
  flush: () => Promise<boolean>;
  /** The text's Liquid syntax error now, if any: such a text cannot be exported. */
  checkSyntax?: () => Promise<SyntaxProblem | null>;
};

export type ExportFormat = 'docx' | 'pdf';

const FORMAT_NAME: Readonly<Record<ExportFormat, string>> = { docx: 'Word', pdf: 'PDF' };

const confirmIncomplete = (services: Services, request: ExportRequest, format: ExportFormat) =>
  services.dialogs.confirm({
    title: 'Export an incomplete draft?',
    message: `${request.unfilledCount} field${request.unfilledCount === 1 ? ' is' : 's are'} still unfilled. The ${FORMAT_NAME[format]} document will be marked as an incomplete draft.`,
    confirmLabel: 'Export draft',
  });

const confirmUnsaved = (services: Services, format: ExportFormat) =>
  services.dialogs.confirm({
    title: 'Export without the latest edits?',
    message: `Your latest edits could not be saved, so the ${FORMAT_NAME[format]} document will hold the last saved text.`,
    confirmLabel: 'Export saved text',
    tone: 'danger',
  });

/** Saves, warns about unfilled fields, exports to Word or PDF and hands the file to the platform. */
export const exportDocumentFlow = async (
  services: Services,
  request: ExportRequest,
  format: ExportFormat = 'docx',
): Promise<void> => {
  if (!(await request.flush()) && !(await confirmUnsaved(services, format))) return;
  // A broken tag makes every field look unfilled; say what is really wrong instead of asking.
  const syntax = await request.checkSyntax?.();
  if (syntax) {
    services.toasts.show(
      'error',
      `${request.id} cannot be exported until its syntax error is fixed: ${syntax.message}.`,
    );
    return;
  }
  if (request.unfilledCount > 0 && !(await confirmIncomplete(services, request, format))) return;
  try {
    const input = { dir: request.dir, id: request.id };
    const file =
      format === 'pdf'
        ? await services.api['documents.exportPdf'](input)
        : await services.api['documents.export'](input);
    for (const warning of file.warnings) services.toasts.show('error', warning.message);
    const saved = await services.platform.saveFile(file.fileName, file.data);
    if (!saved) return;
    const name = saved.split(/[\\/]/).pop() ?? file.fileName;
    services.toasts.show(
      'success',
      `Exported ${name}${file.incomplete ? ' (incomplete draft)' : ''}.`,
    );
  } catch (error) {
    services.toasts.show('error', `Could not export ${request.id}: ${describeError(error)}`);
  }
};
