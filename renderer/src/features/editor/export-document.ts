import type { Services } from '../../app/services';
import { describeError } from '../../components/errors';

export type ExportRequest = {
  dir: string;
  id: string;
  title: string;
  unfilledCount: number;
  /** Saves pending edits first; resolves false when they could not be saved. */
  flush: () => Promise<boolean>;
};

const confirmIncomplete = (services: Services, request: ExportRequest) =>
  services.dialogs.confirm({
    title: 'Export an incomplete draft?',
    message: `${request.unfilledCount} field${request.unfilledCount === 1 ? ' is' : 's are'} still unfilled. The Word document will be marked as an incomplete draft.`,
    confirmLabel: 'Export draft',
  });

const confirmUnsaved = (services: Services) =>
  services.dialogs.confirm({
    title: 'Export without the latest edits?',
    message:
      'Your latest edits could not be saved, so the Word document will hold the last saved text.',
    confirmLabel: 'Export saved text',
    tone: 'danger',
  });

/** Saves, warns about unfilled fields, exports to Word and hands the file to the platform. */
export const exportDocumentFlow = async (
  services: Services,
  request: ExportRequest,
): Promise<void> => {
  if (!(await request.flush()) && !(await confirmUnsaved(services))) return;
  if (request.unfilledCount > 0 && !(await confirmIncomplete(services, request))) return;
  try {
    const file = await services.api['documents.export']({ dir: request.dir, id: request.id });
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
