import { isUtf8 } from 'node:buffer';
import { closeSync, constants, fstatSync, openSync, readFileSync, statSync } from 'node:fs';
import { AppError } from '../../core/errors';
import { errorCode } from './atomic-write';
import { toIoError } from './io-error';

/**
 * Reads a file only when it is a regular file. It is opened without blocking first, so a FIFO
 * (or a device) put where a document or workspace.json should be is refused at once instead of
 * waiting forever for a writer and holding up every request behind it.
 *
 * The open, stat, read and close are synchronous: a check or the documents list reads every
 * body and frozen record, and handing each of those four steps of each file to the thread pool
 * cost several times the CPU of the reads (and most of an unchanged list's time). A regular
 * file's read does not wait on anything but the disk.
 */
export const readRegularFile = (file: string): Promise<Buffer> =>
  new Promise((done) => done(readRegularFileSync(file)));

const readRegularFileSync = (file: string): Buffer => {
  let fd: number;
  try {
    fd = openSync(file, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
  } catch (error) {
    if (errorCode(error) === 'EISDIR') {
      throw new AppError('invalid-input', `${file} is a folder, not a file`, { file });
    }
    // A socket cannot be opened at all (ENXIO): name what it is rather than the system error.
    let kind: string | null = null;
    try {
      const stats = statSync(file);
      kind = stats.isFile() || stats.isDirectory() ? null : kindOf(stats);
    } catch {
      kind = null;
    }
    if (kind) throw notRegular(file, kind);
    throw toIoError(error, 'read', file);
  }
  try {
    const stats = fstatSync(fd);
    if (stats.isDirectory()) {
      throw new AppError('invalid-input', `${file} is a folder, not a file`, { file });
    }
    if (!stats.isFile()) throw notRegular(file, kindOf(stats));
    return readFileSync(fd);
  } catch (error) {
    throw toIoError(error, 'read', file);
  } finally {
    try {
      closeSync(fd);
    } catch {
      // Nothing was written through it.
    }
  }
};

const notRegular = (file: string, kind: string) =>
  new AppError(
    'invalid-input',
    `${file} is not a regular file (it is a ${kind}); only ordinary files are read`,
    { file },
  );

const kindOf = (stats: {
  isFIFO: () => boolean;
  isSocket: () => boolean;
  isCharacterDevice: () => boolean;
  isBlockDevice: () => boolean;
}) => {
  if (stats.isFIFO()) return 'named pipe (FIFO)';
  if (stats.isSocket()) return 'socket';
  if (stats.isCharacterDevice() || stats.isBlockDevice()) return 'device';
  return 'special file';
};

/** Reads a regular file as UTF-8 text (see decodeUtf8), or null when it does not exist. */
export const readTextIfExists = async (file: string): Promise<string | null> => {
  try {
    return decodeUtf8(await readRegularFile(file), file);
  } catch (error) {
    if (error instanceof AppError && error.code === 'not-found') return null;
    throw error;
  }
};

/** Reads a regular file as UTF-8 text (see decodeUtf8). */
export const readText = async (file: string): Promise<string> =>
  decodeUtf8(await readRegularFile(file), file);

/**
 * Decodes UTF-8 strictly: a byte-order mark is accepted and dropped; UTF-16 is named as such;
 * any invalid byte is refused with its offset and line, instead of being silently replaced by
 * U+FFFD and written back that way.
 */
export const decodeUtf8 = (bytes: Uint8Array, file: string): string => {
  if (isUtf16(bytes)) {
    throw new AppError(
      'invalid-input',
      `${file} is saved as UTF-16 text; save it as UTF-8 (in most editors: "Save with encoding", UTF-8)`,
      { file, encoding: 'utf-16' },
    );
  }
  const start = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
  const body = bytes.subarray(start);
  // The native check is fast on large register files; the byte walk only locates a problem.
  const bad = isUtf8(body) ? null : firstInvalidUtf8Byte(body);
  if (bad !== null) {
    const offset = bad + start;
    const line = countLines(bytes, offset);
    const hex = bytes[offset]?.toString(16).padStart(2, '0').toUpperCase() ?? '';
    throw new AppError(
      'invalid-input',
      `${file} is not valid UTF-8: byte 0x${hex} at byte offset ${offset} (line ${line}); ` +
        'save it as UTF-8',
      { file, offset, line },
    );
  }
  return Buffer.from(body.buffer, body.byteOffset, body.byteLength).toString('utf8');
};

const isUtf16 = (bytes: Uint8Array) => {
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
    return true;
  }
  // No BOM: ASCII text in UTF-16 has a zero in every other byte.
  const sample = bytes.subarray(0, 64);
  if (sample.length < 4) return false;
  let zeros = 0;
  for (const byte of sample) if (byte === 0) zeros += 1;
  return zeros >= sample.length / 4;
};

const countLines = (bytes: Uint8Array, end: number) => {
  let line = 1;
  for (let i = 0; i < end; i += 1) if (bytes[i] === 0x0a) line += 1;
  return line;
};

/** The offset of the first byte that breaks UTF-8 (RFC 3629), or null when all are valid. */
export const firstInvalidUtf8Byte = (bytes: Uint8Array): number | null => {
  let i = 0;
  while (i < bytes.length) {
    const length = sequenceLength(bytes, i);
    if (length === 0) return i;
    i += length;
  }
  return null;
};

const isContinuation = (byte: number | undefined) => byte !== undefined && (byte & 0xc0) === 0x80;

// Returns the length of the valid sequence starting at i, or 0 when it is invalid (overlong
// forms, surrogates and code points above U+10FFFF included).
const sequenceLength = (bytes: Uint8Array, i: number): number => {
  const b0 = bytes[i] ?? 0;
  if (b0 < 0x80) return 1;
  const [length, low, high] =
    b0 >= 0xc2 && b0 <= 0xdf
      ? [2, 0x80, 0xbf]
      : b0 === 0xe0
        ? [3, 0xa0, 0xbf]
        : b0 === 0xed
          ? [3, 0x80, 0x9f]
          : b0 >= 0xe1 && b0 <= 0xef
            ? [3, 0x80, 0xbf]
            : b0 === 0xf0
              ? [4, 0x90, 0xbf]
              : b0 === 0xf4
                ? [4, 0x80, 0x8f]
                : b0 >= 0xf1 && b0 <= 0xf3
                  ? [4, 0x80, 0xbf]
                  : [0, 0, 0];
  if (length === 0) return 0;
  const b1 = bytes[i + 1];
  if (b1 === undefined || b1 < low || b1 > high) return 0;
  for (let k = 2; k < length; k += 1) if (!isContinuation(bytes[i + k])) return 0;
  return length;
};
