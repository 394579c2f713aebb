import { base64ToBytes } from '../../../core/api/base64';

const MIME_BY_EXTENSION: Readonly<Record<string, string>> = {
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  pdf: 'application/pdf',
  zip: 'application/zip',
  md: 'text/markdown',
  csv: 'text/csv',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
};

/** The MIME type for a file name's extension, defaulting to a byte stream. */
export const mimeTypeFor = (name: string): string =>
  MIME_BY_EXTENSION[name.split('.').pop()?.toLowerCase() ?? ''] ?? 'application/octet-stream';

/** Starts a browser download of base64 bytes under the given file name. */
export const downloadBase64 = (name: string, base64: string): void => {
  const bytes = base64ToBytes(base64);
  downloadBlob(name, new Blob([bytes.buffer as ArrayBuffer], { type: mimeTypeFor(name) }));
};

/** Starts a browser download of a blob under the given file name. */
export const downloadBlob = (name: string, blob: Blob): void => {
  const url = URL.createObjectURL(blob);
  const anchor = document.createElement('a');
  anchor.href = url;
  anchor.download = name;
  anchor.rel = 'noopener';
  document.body.append(anchor);
  anchor.click();
  anchor.remove();
  // Give the browser time to start the download before the URL is released.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
};
