import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { request as httpRequest } from 'node:http';
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { base64ToBytes } from '../../core/api/base64';
import { ApiCallError, createApiClient, type Invoke } from '../../core/api/client';
import type { Api } from '../../core/api/contract';
import { createBackend } from '../../backend/compose';
import { startHttpServer, type RunningServer } from '../../backend/http/server';
import { newToken } from '../../backend/http/security';
import { readDocxParts } from '../support/docx-parts';
import { fixedClock } from '../support/fixed-clock';
import { makeTempDir } from '../support/temp-dir';

type Transport = { name: string; api: Api; stop: () => Promise<void> };

const inProcess = (configDir: string): Promise<Transport> => {
  const { dispatch } = createBackend({ clock: fixedClock, configDir });
  const invoke: Invoke = (method, input) => dispatch(method, input);
  return Promise.resolve({
    name: 'in-process',
    api: createApiClient(invoke),
    stop: () => Promise.resolve(),
  });
};

const overHttp = async (
  configDir: string,
  staticDir: string | null = null,
): Promise<Transport & { server: RunningServer; token: string }> => {
  const { dispatch } = createBackend({ clock: fixedClock, configDir });
  const token = newToken();
  const server = await startHttpServer({ dispatch, token, staticDir });
  const invoke: Invoke = async (method, input) => {
    const response = await fetch(`http://127.0.0.1:${server.port}/api/${method}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify(input),
    });
    return (await response.json()) as Awaited<ReturnType<Invoke>>;
  };
  return { name: 'http', api: createApiClient(invoke), stop: server.close, server, token };
};

// The Electron IPC transport runs the same dispatcher; its spec lives in tests/e2e/electron.spec.ts
// and runs where the Electron binary exists.
describe.each([
  ['in-process', inProcess],
  ['http', overHttp],
] as const)('API contract over %s', (_name, makeTransport) => {
  let transport: Transport;
  let temp: Awaited<ReturnType<typeof makeTempDir>>;
  let dir: string;

  beforeAll(async () => {
    temp = await makeTempDir();
    transport = await makeTransport(join(temp.dir, 'config'));
    dir = join(temp.dir, 'demo');
    await transport.api['workspace.create']({ dir, from: 'demo' });
  });
  afterAll(async () => {
    await transport.stop();
    await temp.cleanup();
  });

  it('creates the demo with one document per built-in template, all filled', async () => {
    const [documents, templates] = await Promise.all([
      transport.api['documents.list']({ dir }),
      transport.api['templates.list']({}),
    ]);
    expect(documents).toHaveLength(templates.length);
    expect(documents.filter((d) => d.unfilledCount > 0)).toEqual([]);
    expect(documents.map((d) => d.id)).toContain('BWA-POL-001');
  });

  it('shows a changed organisation name in the preview', async () => {
    const profile = await transport.api['profile.get']({ dir });
    await transport.api['profile.update']({
      dir,
      patch: { organisation: { ...profile.organisation, name: 'Tidewater Labs' } },
    });
    const policy = (await transport.api['documents.list']({ dir })).find(
      (d) => d.templateId === 'information-security-policy',
    );
    const preview = await transport.api['preview.render']({ dir, id: policy!.id });
    expect(preview.markdown).toContain('data-field="organisation.name">Tidewater Labs<');
    expect(preview.markdown).not.toContain('data-field="organisation.name">Brightwater Analytics<');
  });

  it('previews an unsaved body and marks its unfilled field with line and column', async () => {
    const preview = await transport.api['preview.render']({
      dir,
      id: 'BWA-POL-001',
      body: '# Scope\n\nOwner: {{ roles.nobody.name }}\n',
    });
    expect(preview.unfilled).toEqual([{ field: 'roles.nobody.name', line: 3, column: 11 }]);
    expect(preview.markdown).toContain('field-unfilled');
  });

  it('lists the workspace among the recent ones, by organisation name', async () => {
    const { recent } = await transport.api['workspace.recent']({});
    expect(recent[0]).toEqual({ dir, name: 'Tidewater Labs' });
  });

  it('hands the editor the data behind the placeholders', async () => {
    const { context, now } = await transport.api['preview.context']({ dir, id: 'BWA-POL-001' });
    // What the preview prints for `'now' | date`: the app's clock, as exports print it.
    expect(now).toBe('2026-11-28T09:00:00.000Z');
    const organisation = context['organisation'] as { name: string };
    const document = context['document'] as { id: string };
    expect(organisation.name).toBe('Tidewater Labs');
    expect(document.id).toBe('BWA-POL-001');
    expect((context['soa'] as unknown[]).length).toBe(93);
  });

  it('numbers a new document after the existing ones of its kind', async () => {
    const before = await transport.api['documents.list']({ dir });
    const policies = before.filter((d) => d.kind === 'policy').length;
    const created = await transport.api['documents.create']({ dir, templateId: 'backup-policy' });
    expect(created.id).toBe(`BWA-POL-${String(policies + 1).padStart(3, '0')}`);
    expect(created.status).toBe('draft');
  });

  it('saves a body and returns it on the next read', async () => {
    await transport.api['documents.update']({
      dir,
      id: 'BWA-POL-001',
      body: '# Purpose\n\nNew text.\n',
    });
    const read = await transport.api['documents.get']({ dir, id: 'BWA-POL-001' });
    expect(read.body).toBe('# Purpose\n\nNew text.\n');
  });

  it('exports a Word document named after the ID and title', async () => {
    const exported = await transport.api['documents.export']({ dir, id: 'BWA-POL-001' });
    expect(exported.fileName).toMatch(/^BWA-POL-001 .+\.docx$/);
    const parts = readDocxParts(base64ToBytes(exported.data));
    expect(parts['word/document.xml']).toContain('New text.');
  });

  it('returns invalid input as data naming the field', async () => {
    const error = await transport.api['documents.get']({ dir, id: '' }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiCallError);
    expect((error as ApiCallError).code).toBe('invalid-input');
    expect((error as ApiCallError).message).toContain('id');
  });

  it('reports a missing document as not-found', async () => {
    const error = await transport.api['documents.get']({ dir, id: 'BWA-POL-999' }).catch(
      (e: unknown) => e,
    );
    expect((error as ApiCallError).code).toBe('not-found');
    expect((error as ApiCallError).message).toContain('BWA-POL-999');
  });

  it('refuses a profile change that breaks the schema and keeps the saved profile', async () => {
    const profile = await transport.api['profile.get']({ dir });
    const error = await transport.api['profile.update']({
      dir,
      patch: { organisation: { ...profile.organisation, reviewCycleMonths: 0 } },
    }).catch((e: unknown) => e);
    expect((error as ApiCallError).message).toContain('organisation.reviewCycleMonths');
    expect((await transport.api['profile.get']({ dir })).organisation.reviewCycleMonths).toBe(12);
  });
});

describe('HTTP transport security', () => {
  let temp: Awaited<ReturnType<typeof makeTempDir>>;
  let http: Awaited<ReturnType<typeof overHttp>>;

  beforeAll(async () => {
    temp = await makeTempDir();
    await mkdir(join(temp.dir, 'static'));
    await writeFile(join(temp.dir, 'static', 'index.html'), '<!doctype html><title>app</title>');
    await writeFile(join(temp.dir, 'secret.txt'), 'top secret');
    http = await overHttp(join(temp.dir, 'config'), join(temp.dir, 'static'));
  });
  afterAll(async () => {
    await http.stop();
    await temp.cleanup();
  });

  const post = (headers: Record<string, string>) =>
    fetch(`http://127.0.0.1:${http.server.port}/api/templates.list`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...headers },
      body: '{}',
    });

  it('refuses a call without the launch token', async () => {
    expect((await post({})).status).toBe(401);
    expect((await post({ authorization: 'Bearer wrong' })).status).toBe(401);
  });

  it('refuses a call from another origin even with the token', async () => {
    const response = await post({
      authorization: `Bearer ${http.token}`,
      origin: 'http://evil.example',
    });
    expect(response.status).toBe(403);
  });

  it('refuses a request addressed to another host name (DNS rebinding)', async () => {
    const status = await new Promise<number>((resolve, reject) => {
      const request = httpRequest(
        {
          host: '127.0.0.1',
          port: http.server.port,
          path: '/api/templates.list',
          method: 'POST',
          headers: {
            host: `attacker.example:${http.server.port}`,
            authorization: `Bearer ${http.token}`,
            'content-type': 'application/json',
          },
        },
        (response) => {
          response.resume();
          resolve(response.statusCode ?? 0);
        },
      );
      request.on('error', reject);
      request.end('{}');
    });
    expect(status).toBe(403);
  });

  it('serves no file outside the renderer folder', async () => {
    const index = await fetch(`http://127.0.0.1:${http.server.port}/`);
    expect(await index.text()).toContain('<title>app</title>');
    for (const path of ['/..%2fsecret.txt', '/%2e%2e/secret.txt', '/..%5csecret.txt']) {
      const response = await fetch(`http://127.0.0.1:${http.server.port}${path}`);
      expect(response.status, path).toBe(404);
      expect(await response.text(), path).not.toContain('top secret');
    }
  });

  it('answers a malformed address or an oversized body with a status, not a crash or reset', async () => {
    const base = `http://127.0.0.1:${http.server.port}`;
    expect((await fetch(`${base}/%E0%A4%A`)).status).toBe(404);
    const headers = { 'content-type': 'application/json', authorization: `Bearer ${http.token}` };
    const badMethod = await fetch(`${base}/api/%E0%A4%A`, { method: 'POST', headers, body: '{}' });
    expect(badMethod.status).toBe(400);
    const huge = await fetch(`${base}/api/templates.list`, {
      method: 'POST',
      headers,
      body: ' '.repeat(26 * 1024 * 1024),
    });
    expect(huge.status).toBe(413);
    expect(((await huge.json()) as { error: { message: string } }).error.message).toContain(
      'too large',
    );
  });

  it('answers a call with the token from its own origin', async () => {
    const response = await post({
      authorization: `Bearer ${http.token}`,
      origin: `http://127.0.0.1:${http.server.port}`,
    });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-security-policy')).toContain("default-src 'self'");
    const body = (await response.json()) as { ok: boolean };
    expect(body.ok).toBe(true);
  });
});
