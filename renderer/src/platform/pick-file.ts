import { bytesToBase64 } from '../../../core/api/base64';
import type { OpenedFile } from './platform';

/** Files larger than this are refused before they are read: imports and logos are small. */
export const MAX_PICKED_BYTES = 20 * 1024 * 1024;

/** The page's own file picker (an upload in the browser mode); null when the user cancels. */
export const pickFileInPage = (accept: readonly string[]): Promise<OpenedFile | null> =>
  new Promise((resolve, reject) => {
    const input = document.createElement('input');
    input.type = 'file';
    input.accept = accept.join(',');
    input.style.display = 'none';
    const done = () => input.remove();
    input.addEventListener('cancel', () => {
      done();
      resolve(null);
    });
    input.addEventListener('change', () => {
      const file = input.files?.[0];
      done();
      if (!file) return resolve(null);
      if (file.size > MAX_PICKED_BYTES) return reject(new Error(`${file.name} is too large.`));
      file.arrayBuffer().then(
        (buffer) => resolve({ name: file.name, base64: bytesToBase64(new Uint8Array(buffer)) }),
        (error: unknown) => reject(error instanceof Error ? error : new Error(String(error))),
      );
    });
    document.body.append(input);
    input.click();
  });
