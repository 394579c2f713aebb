import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import type { ServerResponse } from 'node:http';
import { pipeline } from 'node:stream/promises';
import { SECURITY_HEADERS } from './security';

/** The finished files the server may hand out, by their unguessable id (see output-files.ts). */
export type DownloadSource = {
  readonly find: (id: string) => { path: string; fileName: string } | null;
  readonly release: (id: string) => Promise<void>;
};

const ID = /^[0-9a-f]{32}$/;

/** `attachment; filename=...` with an ASCII fallback and the exact name in UTF-8 (RFC 6266). */
const disposition = (name: string) => {
  const ascii = name.replace(/[^\x20-\x7e]|["\\]/g, '_');
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(name)}`;
};

/**
 * Streams a finished output file (GET /download/<id>, with the API token like every other
 * request) and removes it once sent in full: the ZIP goes from disk to the browser without
 * passing through the JSON API or being held in memory.
 */
export const serveDownload = async (
  source: DownloadSource,
  id: string,
  response: ServerResponse,
): Promise<boolean> => {
  const entry = ID.test(id) ? source.find(id) : null;
  const info = entry ? await stat(entry.path).catch(() => null) : null;
  if (!entry || !info) return false;
  response.writeHead(200, {
    ...SECURITY_HEADERS,
    'Content-Type': 'application/zip',
    'Content-Length': info.size,
    'Content-Disposition': disposition(entry.fileName),
    'Cache-Control': 'no-store',
  });
  await pipeline(createReadStream(entry.path), response);
  await source.release(id);
  return true;
};
