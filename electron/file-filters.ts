import { basename } from 'node:path';

const FILTERS: Readonly<Record<string, { name: string; extensions: string[] }>> = {
  docx: { name: 'Word document', extensions: ['docx'] },
  csv: { name: 'CSV file', extensions: ['csv'] },
  xlsx: { name: 'Excel workbook', extensions: ['xlsx'] },
  pdf: { name: 'PDF document', extensions: ['pdf'] },
  zip: { name: 'ZIP archive', extensions: ['zip'] },
  png: { name: 'PNG image', extensions: ['png'] },
  jpg: { name: 'JPEG image', extensions: ['jpg', 'jpeg'] },
  jpeg: { name: 'JPEG image', extensions: ['jpg', 'jpeg'] },
};

/** The save dialog's file-type filter for a file name, from its extension. */
export const saveFilterFor = (name: string) => {
  const extension = name.split('.').pop()?.toLowerCase() ?? '';
  return FILTERS[extension] ?? { name: 'All files', extensions: ['*'] };
};

/** Open-dialog filters for accepted extensions such as `['.csv', '.xlsx']`. */
export const openFiltersFor = (accept: readonly string[]) => {
  const extensions = accept.map((item) => item.replace(/^\./, '').toLowerCase()).filter(Boolean);
  return extensions.length > 0
    ? [
        { name: 'Supported files', extensions },
        { name: 'All files', extensions: ['*'] },
      ]
    : [{ name: 'All files', extensions: ['*'] }];
};

/** Files larger than this are refused before they are read: imports and logos are small. */
export const MAX_OPEN_BYTES = 20 * 1024 * 1024;

export const displayName = (path: string) => basename(path);
