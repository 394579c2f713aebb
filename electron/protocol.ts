import { net, protocol } from 'electron';
import { join, normalize, sep } from 'node:path';
import { pathToFileURL } from 'node:url';
import { SECURITY_HEADERS } from '../backend/http/security';
import { safeDecode } from '../backend/http/static-files';

/** Must run before the app is ready: app:// behaves like a secure, standard origin. */
export const registerAppScheme = (): void => {
  protocol.registerSchemesAsPrivileged([
    { scheme: 'app', privileges: { standard: true, secure: true, supportFetchAPI: true } },
  ]);
};

/** Serves the built renderer from app://renderer/ with the same CSP as the browser mode. */
export const serveRenderer = (rendererDir: string): void => {
  protocol.handle('app', async (request) => {
    const url = new URL(request.url);
    const decoded = safeDecode(url.pathname);
    const relative = normalize(decoded ?? '').replace(/^([/\\])+/, '');
    const file = join(rendererDir, relative === '' ? 'index.html' : relative);
    if (decoded === null || url.host !== 'renderer' || !file.startsWith(rendererDir + sep)) {
      return new Response('Not found', { status: 404 });
    }
    const response = await net.fetch(pathToFileURL(file).toString());
    const headers = new Headers(response.headers);
    for (const [name, value] of Object.entries(SECURITY_HEADERS)) headers.set(name, value);
    return new Response(response.body, { status: response.status, headers });
  });
};
