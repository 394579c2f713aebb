import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { startHttpServer, type RunningServer } from '../../backend/http/server';
import { newToken } from '../../backend/http/security';
import { createOutputStore } from '../../backend/pack/output-files';
import { createDispatcher } from '../../core/api/dispatch';
import type { Handlers } from '../../core/api/dispatch';
import { makeTempDir } from '../support/temp-dir';

describe('GET /download/<id>: a finished output file over HTTP', () => {
  let temp: Awaited<ReturnType<typeof makeTempDir>>;
  let server: RunningServer;
  const token = newToken();
  const outputs = createOutputStore();
  let id = '';
  const bytes = new Uint8Array(300_000).map((_, i) => (i * 7) % 251);

  beforeAll(async () => {
    temp = await makeTempDir('isms-download-');
    await writeFile(join(temp.dir, 'workspace.json'), '{}');
    const file = await outputs.temporary(temp.dir, 'ACME Stage 1 pack – März.zip');
    await file.write(bytes.subarray(0, 100_000));
    await file.write(bytes.subarray(100_000));
    await file.finish();
    id = file.id;
    server = await startHttpServer({
      dispatch: createDispatcher({} as Handlers),
      token,
      staticDir: null,
      downloads: outputs,
    });
  });
  afterAll(async () => {
    await server.close();
    await temp.cleanup();
  });

  const get = (path: string, withToken = true) =>
    fetch(`http://127.0.0.1:${server.port}${path}`, {
      headers: withToken ? { authorization: `Bearer ${token}` } : {},
    });

  it('refuses a request without the API token, and an unknown id', async () => {
    expect((await get(`/download/${id}`, false)).status).toBe(401);
    expect((await get(`/download/${'0'.repeat(32)}`)).status).toBe(404);
    expect((await get('/download/../workspace.json')).status).toBe(404);
  });

  it('sends the bytes as an attachment under the offered name, once', async () => {
    const response = await get(`/download/${id}`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('application/zip');
    expect(response.headers.get('content-disposition')).toContain(
      `filename*=UTF-8''${encodeURIComponent('ACME Stage 1 pack – März.zip')}`,
    );
    expect(Buffer.from(await response.arrayBuffer()).equals(Buffer.from(bytes))).toBe(true);
    // Sent in full, it is removed: the workspace keeps no copy of the download.
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect((await get(`/download/${id}`)).status).toBe(404);
    expect(outputs.find(id)).toBeNull();
  });
});
