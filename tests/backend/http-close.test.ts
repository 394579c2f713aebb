import { describe, expect, it } from 'vitest';
import { startHttpServer } from '../../backend/http/server';
import { newToken } from '../../backend/http/security';
import type { Dispatch } from '../../core/api/dispatch';

// Stopping the browser mode must never hang on a page that is still open or a call that never
// answers: the server stops within its grace period and the stuck call's connection is cut.
describe('stopping the loopback server', () => {
  it('ends even while a call is still being answered', async () => {
    const token = newToken();
    const neverAnswers: Dispatch = () => new Promise(() => undefined);
    const server = await startHttpServer({ dispatch: neverAnswers, token, staticDir: null });
    const stuck = fetch(`http://127.0.0.1:${server.port}/api/documents.list`, {
      method: 'POST',
      headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
      body: '{"dir":"/nowhere"}',
    }).then(
      () => 'answered',
      () => 'cut',
    );
    // The request has reached the server before it is told to stop.
    await new Promise((resolve) => setTimeout(resolve, 200));
    const started = Date.now();
    await server.close();
    expect(Date.now() - started).toBeLessThan(9_000);
    expect(await stuck).toBe('cut');
    expect(server.server.listening).toBe(false);
  }, 20_000);
});
