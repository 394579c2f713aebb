import { createHash } from 'node:crypto';

/**
 * SHA-256 in hex by Node's native code: about twenty times the speed of the pure implementation
 * the core falls back to where no Node exists (the browser mode), for the check of every stored
 * Word file an export hands out.
 */
export const nativeSha256 = (bytes: Uint8Array): string =>
  createHash('sha256').update(bytes).digest('hex');
