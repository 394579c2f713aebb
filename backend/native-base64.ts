/**
 * Base64 by Node's native code, the same text as the core's pure encoder: each Word file of a
 * batch export crosses the API as base64, and the pure encoder costs tens of milliseconds of a
 * first export (cold code, a string per chunk) where this costs about one.
 */
export const nativeBase64 = (bytes: Uint8Array): string =>
  Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('base64');

/** The bytes of a base64 text (native); throws on a character outside the alphabet, as the core's does. */
export const nativeBase64Bytes = (text: string): Uint8Array => {
  if (!/^[A-Za-z0-9+/]*={0,2}$/.test(text)) throw new Error('invalid base64 text');
  return Buffer.from(text, 'base64');
};
