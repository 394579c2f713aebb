import { AppError } from '../../errors';
import type { DocxImage } from '../../docx/types';
import { readImageInfo } from './image-info';

/** A logo prints about 6 cm wide: anything over 2 MB is a photograph, not a logo. */
export const LOGO_MAX_BYTES = 2 * 1024 * 1024;
/** Larger than any screen or print needs; guards against a header that lies about its size. */
const MAX_SIDE_PX = 10_000;

const refuse = (message: string, fileName: string) =>
  new AppError('invalid-input', message, { field: 'organisation.logo', file: fileName });

const megabytes = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;

const hasPngHeader = (data: Uint8Array) => String.fromCharCode(...data.subarray(12, 16)) === 'IHDR';

/**
 * Checks a picked logo before it is copied into the workspace: its size, that it is a PNG or
 * JPEG by its content (not its name), and that its header gives a usable pixel size.
 */
export const checkLogo = (data: Uint8Array, fileName: string): DocxImage => {
  if (data.length === 0) throw refuse(`${fileName} is empty.`, fileName);
  if (data.length > LOGO_MAX_BYTES) {
    throw refuse(
      `${fileName} is ${megabytes(data.length)}; a logo may be at most ${megabytes(LOGO_MAX_BYTES)}.`,
      fileName,
    );
  }
  const image = readImageInfo(data);
  if (!image) throw refuse(`${fileName} is not a PNG or JPEG image.`, fileName);
  const sane = (n: number) => Number.isInteger(n) && n > 0 && n <= MAX_SIDE_PX;
  if (
    (image.type === 'png' && !hasPngHeader(data)) ||
    !sane(image.widthPx) ||
    !sane(image.heightPx)
  ) {
    throw refuse(`${fileName} cannot be read: its image header is damaged.`, fileName);
  }
  return image;
};
