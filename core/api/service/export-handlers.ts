import { bytesToBase64, type BytesToText } from '../base64';
import type { Handlers } from '../dispatch';
import { exportDocuments, type ExportDeps } from './export-batch';

/** `documents.exportMany`: many Word files in one call, exported side by side. */
export const createExportHandlers = (
  deps: ExportDeps & { readonly base64?: BytesToText | null },
): Pick<Handlers, 'documents.exportMany'> => {
  const encode = deps.base64 ?? bytesToBase64;
  return {
    'documents.exportMany': async ({ dir, ids }) =>
      (await exportDocuments(deps, dir, ids)).map(({ bytes, warnings, ...rest }) => ({
        ...rest,
        data: encode(bytes),
        warnings: [...warnings],
      })),
  };
};
