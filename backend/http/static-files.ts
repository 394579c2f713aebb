import { readFile } from 'node:fs/promises';
import { extname, join, normalize, sep } from 'node:path';
import type { ServerResponse } from 'node:http';
import { SECURITY_HEADERS } from './security';

const CONTENT_TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.json': 'application/json; charset=utf-8',
  '.woff2': 'font/woff2',
};

/** Serves the built renderer; unknown paths fall back to index.html (a single-page app). */
export const serveStatic = async (
  root: string | null,
  pathname: string,
  response: ServerResponse,
): Promise<void> => {
  if (root === null) return notFound(response);
  const decoded = safeDecode(pathname);
  if (decoded === null) return notFound(response);
  const relative = normalize(decoded).replace(/^([/\\])+/, '');
  const file = join(root, relative === '' ? 'index.html' : relative);
  if (!file.startsWith(root + sep) && file !== root) return notFound(response);
  const body = await readFile(file).catch(() => null);
  if (body === null) {
    if (extname(file) !== '') return notFound(response);
    const index = await readFile(join(root, 'index.html')).catch(() => null);
    return index ? send(response, index, '.html') : notFound(response);
  }
  send(response, body, extname(file));
};

const send = (response: ServerResponse, body: Buffer, extension: string) => {
  response.writeHead(200, {
    ...SECURITY_HEADERS,
    'Content-Type': CONTENT_TYPES[extension] ?? 'application/octet-stream',
    'Cache-Control': extension === '.html' ? 'no-store' : 'max-age=3600',
  });
  response.end(body);
};

const notFound = (response: ServerResponse) => {
  response.writeHead(404, { ...SECURITY_HEADERS, 'Content-Type': 'text/plain; charset=utf-8' });
  response.end('Not found');
};

/** Null for malformed percent-encoding, which decodeURIComponent would throw on. */
export const safeDecode = (text: string): string | null => {
  try {
    return decodeURIComponent(text);
  } catch {
    return null;
  }
};
