import { bytesToBase64 } from '../base64';
import type { Handlers } from '../dispatch';
import { exportDocuments, type ExportDeps } from './export-batch';

/** `documents.exportMany`: many Word files in one call, exported side by side. */
export const createExportHandlers = (deps: ExportDeps): Pick<Handlers, 'documents.exportMany'> => ({
  'documents.exportMany': async ({ dir, ids }) =>
    (await exportDocuments(deps, dir, ids)).map(({ bytes, warnings, ...rest }) => ({
      ...rest,
      data: bytesToBase64(bytes),
      warnings: [...warnings],
    })),
});
