import { describe, expect, it } from 'vitest';
import { ApiCallError, createApiClient, type Invoke } from './client';
import { API_METHODS } from './contract';

const echo: Invoke = (method, input) => Promise.resolve({ ok: true, data: { method, input } });

describe('createApiClient', () => {
  it('offers every method of the contract, sending its name and input', async () => {
    const api = createApiClient(echo) as unknown as Record<string, (input: unknown) => unknown>;
    for (const method of API_METHODS) {
      expect(await api[method]!({ n: 1 }), method).toEqual({ method, input: { n: 1 } });
    }
  });

  it('is not a promise: awaiting it gives the client back', async () => {
    const api = createApiClient(echo);
    expect((api as unknown as { then?: unknown }).then).toBeUndefined();
    expect(await Promise.resolve(api)).toBe(api);
  });

  it('throws the backend refusal as an ApiCallError with its code and details', async () => {
    const api = createApiClient(() =>
      Promise.resolve({
        ok: false,
        error: { code: 'not-found', message: 'no such document', details: { id: 'X' } },
      }),
    );
    const error = await api['documents.get']({ dir: '/w', id: 'X' }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiCallError);
    expect(error).toMatchObject({ code: 'not-found', message: 'no such document' });
  });
});
