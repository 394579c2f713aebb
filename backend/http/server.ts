import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Dispatch } from '../../core/api/dispatch';
import { serveDownload, type DownloadSource } from './downloads';
import { createRequestReplay, REQUEST_ID, type RequestReplay } from './request-replay';
import { originAllowed, SECURITY_HEADERS, tokenMatches } from './security';
import { safeDecode, serveStatic } from './static-files';

const MAX_BODY_BYTES = 25 * 1024 * 1024;

export type HttpServerOptions = {
  readonly dispatch: Dispatch;
  readonly token: string;
  /** The built renderer (out/renderer); null serves the API only. */
  readonly staticDir: string | null;
  /** 0 picks a free port. */
  readonly port?: number;
  /** Finished output files (the Stage 1 pack) served at GET /download/<id>. */
  readonly downloads?: DownloadSource;
};

export type RunningServer = {
  readonly server: Server;
  readonly port: number;
  /** The address to open, with the token in the fragment so it never reaches a log or referrer. */
  readonly url: string;
  readonly close: () => Promise<void>;
};

/** The loopback transport: POST /api/<method> with a bearer token; the renderer's files otherwise. */
export const startHttpServer = async (options: HttpServerOptions): Promise<RunningServer> => {
  let port = options.port ?? 0;
  const replay = createRequestReplay();
  const server = createServer((request, response) => {
    handle(request, response, { ...options, replay }, port).catch((error: unknown) => {
      // A failure after the answer started cannot be reported in it; end the connection instead.
      if (response.headersSent) return void response.destroy();
      sendJson(response, 500, refusal('internal', String(error)));
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => resolve());
  });
  port = (server.address() as AddressInfo).port;
  return {
    server,
    port,
    url: `http://127.0.0.1:${port}/#token=${options.token}`,
    close: () => closeServer(server),
  };
};

/** How long requests still being answered may take once the server is told to stop. */
const CLOSE_GRACE_MS = 5_000;

/**
 * Stops listening and resolves when every connection has ended. Idle keep-alive connections end
 * at once; a request still being answered gets a few seconds to finish, then its connection is
 * cut, so a page left open (or a stuck client) can never keep the server from stopping.
 */
const closeServer = (server: Server): Promise<void> =>
  new Promise((resolve) => {
    const cut = setTimeout(() => server.closeAllConnections(), CLOSE_GRACE_MS);
    cut.unref();
    server.close(() => {
      clearTimeout(cut);
      resolve();
    });
    server.closeIdleConnections();
  });

const handle = async (
  request: IncomingMessage,
  response: ServerResponse,
  options: HttpServerOptions & { readonly replay: RequestReplay },
  port: number,
): Promise<void> => {
  if (!originAllowed(request, port)) {
    return sendJson(
      response,
      403,
      refusal('forbidden-origin', 'requests from other origins are refused'),
    );
  }
  const url = new URL(request.url ?? '/', `http://127.0.0.1:${port}`);
  if (url.pathname.startsWith(DOWNLOAD)) return download(request, response, options, url);
  if (!url.pathname.startsWith('/api/')) {
    if (request.method !== 'GET' && request.method !== 'HEAD') {
      return sendJson(response, 405, refusal('method-not-allowed', 'only GET is served here'));
    }
    return serveStatic(options.staticDir, url.pathname, response);
  }
  if (request.method !== 'POST') {
    return sendJson(response, 405, refusal('method-not-allowed', 'API calls use POST'));
  }
  if (!tokenMatches(request, options.token)) {
    return sendJson(response, 401, refusal('unauthorised', 'missing or wrong API token'));
  }
  if (!(request.headers['content-type'] ?? '').startsWith('application/json')) {
    return sendJson(response, 415, refusal('invalid-input', 'send the input as application/json'));
  }
  return answerApiCall(request, response, options, url);
};

type ApiOptions = Pick<HttpServerOptions, 'dispatch'> & { readonly replay: RequestReplay };

const answerApiCall = async (
  request: IncomingMessage,
  response: ServerResponse,
  options: ApiOptions,
  url: URL,
): Promise<void> => {
  const text = await readBody(request);
  if (text instanceof BodyError) {
    return sendJson(response, text.status, refusal('invalid-input', text.message));
  }
  const input = parseJson(text);
  if (input instanceof BodyError) {
    return sendJson(response, input.status, refusal('invalid-input', input.message));
  }
  const method = safeDecode(url.pathname.slice('/api/'.length));
  if (method === null) {
    return sendJson(response, 400, refusal('invalid-input', 'the method name is not valid'));
  }
  const run = async () => JSON.stringify(await options.dispatch(method, input));
  const id = request.headers['x-request-id'];
  if (id === undefined) return sendJsonText(response, 200, await run());
  if (typeof id !== 'string' || !REQUEST_ID.test(id)) {
    return sendJson(response, 400, refusal('invalid-input', 'the request id is not valid'));
  }
  const answer = await options.replay.answer(`${method} ${id}`, text, run);
  if (answer === null) {
    return sendJson(
      response,
      409,
      refusal('conflict', 'the request id was used for another request'),
    );
  }
  sendJsonText(response, 200, answer);
};

const DOWNLOAD = '/download/';

const download = async (
  request: IncomingMessage,
  response: ServerResponse,
  options: HttpServerOptions,
  url: URL,
): Promise<void> => {
  if (request.method !== 'GET') {
    return sendJson(response, 405, refusal('method-not-allowed', 'downloads use GET'));
  }
  if (!tokenMatches(request, options.token)) {
    return sendJson(response, 401, refusal('unauthorised', 'missing or wrong API token'));
  }
  const id = url.pathname.slice(DOWNLOAD.length);
  if (!options.downloads || !(await serveDownload(options.downloads, id, response))) {
    sendJson(
      response,
      404,
      refusal('not-found', 'no such file to download (it may have been saved already)'),
    );
  }
};

const refusal = (code: string, message: string) => ({
  ok: false,
  error: { code, message, details: {} },
});

class BodyError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

// An oversized body is still read to its end (and dropped): leaving the loop early destroys the
// socket, and the client would see a reset connection instead of the 413 that names the problem.
const readBody = async (request: IncomingMessage): Promise<string | BodyError> => {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of request) {
    const buffer = chunk as Buffer;
    size += buffer.length;
    if (size <= MAX_BODY_BYTES) chunks.push(buffer);
  }
  if (size > MAX_BODY_BYTES) {
    return new BodyError(413, `request body too large (limit ${MAX_BODY_BYTES} bytes)`);
  }
  return Buffer.concat(chunks).toString('utf8');
};

const parseJson = (text: string): unknown => {
  if (text.trim() === '') return {};
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return new BodyError(400, 'request body is not valid JSON');
  }
};

export const sendJson = (response: ServerResponse, status: number, body: unknown): void =>
  sendJsonText(response, status, JSON.stringify(body));

const sendJsonText = (response: ServerResponse, status: number, text: string): void => {
  response.writeHead(status, {
    ...SECURITY_HEADERS,
    'Content-Type': 'application/json; charset=utf-8',
    'Cache-Control': 'no-store',
    'Content-Length': Buffer.byteLength(text),
  });
  response.end(text);
};
