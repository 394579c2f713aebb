import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startHttpServer, type RunningServer } from '../../backend/http/server';
import { newToken } from '../../backend/http/security';
import type { Dispatch } from '../../core/api/dispatch';

// A repeated request id gets the first answer: a retried "add" must never add twice.
describe('POST /api/<method> with a request id', () => {
  let server: RunningServer;
  const token = newToken();
  let added = 0;
  let release: () => void = () => undefined;
  const dispatch: Dispatch = async (method) => {
    if (method === 'registers.slow') await new Promise<void>((resolve) => (release = resolve));
    added += 1;
    return { ok: true, data: { row: { id: `NC-${String(added).padStart(3, '0')}` } } };
  };

  beforeAll(async () => {
    server = await startHttpServer({ dispatch, token, staticDir: null });
  });
  afterAll(() => server.close());

  const post = (method: string, id: string | null, body = '{"entry":{}}') =>
    fetch(`http://127.0.0.1:${server.port}/api/${method}`, {
      method: 'POST',
      headers: {
        authorization: `Bearer ${token}`,
        'content-type': 'application/json',
        ...(id === null ? {} : { 'x-request-id': id }),
      },
      body,
    });

  const answerOf = async (response: Promise<Response>): Promise<unknown> => (await response).json();

  it('carries out a repeated request once and answers both with the same result', async () => {
    const before = added;
    const first = await answerOf(post('registers.save', 'a1b2c3d4-0000-4000-8000-000000000001'));
    const again = await answerOf(post('registers.save', 'a1b2c3d4-0000-4000-8000-000000000001'));
    expect(again).toEqual(first);
    expect(added).toBe(before + 1);
    // A new id is a new request.
    await post('registers.save', 'a1b2c3d4-0000-4000-8000-000000000002');
    expect(added).toBe(before + 2);
  });

  it('joins a repeat that arrives while the first is still running', async () => {
    const before = added;
    const id = 'a1b2c3d4-0000-4000-8000-000000000003';
    const first = post('registers.slow', id);
    await new Promise((resolve) => setTimeout(resolve, 50));
    const again = post('registers.slow', id);
    await new Promise((resolve) => setTimeout(resolve, 50));
    release();
    const [a, b] = await Promise.all([first, again].map(answerOf));
    expect(b).toEqual(a);
    expect(added).toBe(before + 1);
  });

  it('refuses an id used for a different request, and an id that is not one', async () => {
    const id = 'a1b2c3d4-0000-4000-8000-000000000004';
    await post('registers.save', id, '{"entry":{"a":1}}');
    const other = await post('registers.save', id, '{"entry":{"a":2}}');
    expect(other.status).toBe(409);
    expect((await post('registers.save', 'x')).status).toBe(400);
  });

  it('carries out every request that has no id, as before', async () => {
    const before = added;
    await post('registers.save', null);
    await post('registers.save', null);
    expect(added).toBe(before + 2);
  });
});
