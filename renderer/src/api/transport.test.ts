import { describe, expect, it, vi, type Mock } from 'vitest';
import type { IsmsBridge } from './bridge';
import { pickTransport } from './transport';
import { takeToken } from './token';
import { OUTCOME_UNKNOWN } from './result';

const jsonResponse = (status: number, body: unknown) =>
  new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });

describe('pickTransport', () => {
  it('uses the Electron bridge when the preload exposed one', async () => {
    const invoke = vi.fn(() => Promise.resolve({ ok: true as const, data: { recent: [] } }));
    const bridge: IsmsBridge = { invoke, on: () => () => undefined };
    const fetch = vi.fn();
    const transport = pickTransport({ bridge, token: () => 'unused', fetch });
    expect(transport.kind).toBe('ipc');
    await expect(transport.invoke('workspace.recent', {})).resolves.toEqual({
      ok: true,
      data: { recent: [] },
    });
    expect(invoke).toHaveBeenCalledWith('workspace.recent', {});
    expect(fetch).not.toHaveBeenCalled();
  });

  it('turns a malformed bridge answer into an error result instead of trusting it', async () => {
    const bridge: IsmsBridge = {
      invoke: () => Promise.resolve('nonsense' as never),
      on: () => () => undefined,
    };
    const result = await pickTransport({ bridge, token: () => null, fetch: vi.fn() }).invoke(
      'workspace.recent',
      {},
    );
    expect(result.ok).toBe(false);
  });

  it('posts to /api/<method> with the bearer token when there is no bridge', async () => {
    const fetch = vi.fn((_url: string, _init: RequestInit) =>
      Promise.resolve(jsonResponse(200, { ok: true, data: [] })),
    );
    const transport = pickTransport({ bridge: undefined, token: () => 'secret', fetch });
    expect(transport.kind).toBe('http');
    await transport.invoke('documents.list', { dir: '/ws' });
    const [url, init] = fetch.mock.calls[0]!;
    expect(url).toBe('/api/documents.list');
    expect(init.method).toBe('POST');
    expect(new Headers(init.headers).get('authorization')).toBe('Bearer secret');
    expect(JSON.parse(init.body as string)).toEqual({ dir: '/ws' });
  });

  it('passes the server error result through so the message reaches the user', async () => {
    const error = { code: 'unauthorised', message: 'missing or wrong API token', details: {} };
    const fetch = () => Promise.resolve(jsonResponse(401, { ok: false, error }));
    const result = await pickTransport({ bridge: undefined, token: () => null, fetch }).invoke(
      'workspace.recent',
      {},
    );
    expect(result).toEqual({ ok: false, error });
  });

  const quick = { retryDelaysMs: [1, 1, 1], sleep: () => Promise.resolve() };
  type FetchMock = Mock<(url: string, init: RequestInit) => Promise<Response>>;
  /** A browser transport whose clock the test sets, and the request id of each fetch call. */
  const overClock = (fetch: FetchMock) => {
    let clock = 0;
    const transport = pickTransport({
      bridge: undefined,
      token: () => 't',
      fetch,
      http: { ...quick, now: () => clock },
    });
    const idOf = (call: number) =>
      new Headers(fetch.mock.calls[call]![1].headers).get('x-request-id');
    return { transport, idOf, setClock: (ms: number) => void (clock = ms) };
  };

  it('reports an unreachable server as an error result rather than throwing', async () => {
    const fetch = vi.fn(() => Promise.reject(new TypeError('Failed to fetch')));
    const result = await pickTransport({
      bridge: undefined,
      token: () => 't',
      fetch,
      http: quick,
    }).invoke('workspace.recent', {});
    expect(result).toMatchObject({ ok: false, error: { code: 'io-failed' } });
    expect(fetch).toHaveBeenCalledTimes(4);
  });

  it('says a change without an answer could not be confirmed, not that it failed', async () => {
    const fetch = () => Promise.reject(new TypeError('Failed to fetch'));
    const result = await pickTransport({
      bridge: undefined,
      token: () => 't',
      fetch,
      http: quick,
    }).invoke('registers.save', { dir: '/ws', register: 'nonconformities', entry: {} });
    expect(result).toMatchObject({ ok: false, error: { code: OUTCOME_UNKNOWN } });
    expect(result.ok === false && result.error.message).toMatch(/could not be confirmed/);
  });

  it('tries a call again after a lost connection with the same request id', async () => {
    let calls = 0;
    const fetch = vi.fn((_url: string, _init: RequestInit) => {
      calls += 1;
      return calls < 3
        ? Promise.reject(new TypeError('Failed to fetch'))
        : Promise.resolve(jsonResponse(200, { ok: true, data: { row: { id: 'NC-001' } } }));
    });
    const result = await pickTransport({
      bridge: undefined,
      token: () => 't',
      fetch,
      http: quick,
    }).invoke('registers.save', {});
    expect(result).toEqual({ ok: true, data: { row: { id: 'NC-001' } } });
    const ids = fetch.mock.calls.map(([, init]) => new Headers(init.headers).get('x-request-id'));
    expect(ids).toHaveLength(3);
    expect(new Set(ids).size).toBe(1);
    expect(ids[0]).toMatch(/^[A-Za-z0-9-]{16,64}$/);
  });

  it('gives each call its own request id', async () => {
    const fetch = vi.fn((_url: string, _init: RequestInit) =>
      Promise.resolve(jsonResponse(200, { ok: true, data: [] })),
    );
    const transport = pickTransport({ bridge: undefined, token: () => 't', fetch });
    await transport.invoke('registers.save', {});
    await transport.invoke('registers.save', {});
    const ids = fetch.mock.calls.map(([, init]) => new Headers(init.headers).get('x-request-id'));
    expect(ids[0]).not.toBe(ids[1]);
  });

  it('sends a change that was never answered again under its first request id', async () => {
    let answering = false;
    const fetch = vi.fn((_url: string, _init: RequestInit) =>
      answering
        ? Promise.resolve(jsonResponse(200, { ok: true, data: { row: { id: 'NC-001' } } }))
        : Promise.reject(new TypeError('Failed to fetch')),
    );
    const { transport, idOf, setClock } = overClock(fetch);
    const add = { dir: '/ws', register: 'nonconformities', entry: { description: 'x' } };
    expect((await transport.invoke('registers.save', add)).ok).toBe(false);
    const first = idOf(0);
    // The user presses Add again with the same entry: the same id, so the server answers once.
    expect((await transport.invoke('registers.save', add)).ok).toBe(false);
    expect(idOf(4)).toBe(first);
    // Another entry is another request.
    await transport.invoke('registers.save', { ...add, entry: { description: 'y' } });
    expect(idOf(8)).not.toBe(first);
    answering = true;
    setClock(60_000);
    expect(await transport.invoke('registers.save', add)).toMatchObject({ ok: true });
    expect(idOf(12)).toBe(first);
    // Answered: adding the same values once more is a new entry, with a new id.
    await transport.invoke('registers.save', add);
    expect(idOf(13)).not.toBe(first);
  });

  it('stops reusing an unanswered id once the server has forgotten its answer', async () => {
    const fetch = vi.fn((_url: string, _init: RequestInit) =>
      Promise.reject(new TypeError('Failed to fetch')),
    );
    const { transport, idOf, setClock } = overClock(fetch);
    await transport.invoke('registers.save', {});
    setClock(5 * 60_000);
    await transport.invoke('registers.save', {});
    expect(idOf(4)).not.toBe(idOf(0));
  });

  it('never reuses the id of a read that went unanswered', async () => {
    const fetch = vi.fn((_url: string, _init: RequestInit) =>
      Promise.reject(new TypeError('Failed to fetch')),
    );
    const transport = pickTransport({ bridge: undefined, token: () => 't', fetch, http: quick });
    await transport.invoke('documents.list', { dir: '/ws' });
    await transport.invoke('documents.list', { dir: '/ws' });
    const ids = fetch.mock.calls.map(([, init]) => new Headers(init.headers).get('x-request-id'));
    expect(ids[4]).not.toBe(ids[0]);
  });

  it('has no events in the browser', () => {
    const transport = pickTransport({ bridge: undefined, token: () => null, fetch: vi.fn() });
    const listener = vi.fn();
    transport.on('toggle-theme', listener)();
    expect(listener).not.toHaveBeenCalled();
  });
});

describe('takeToken', () => {
  const memoryStorage = () => {
    const map = new Map<string, string>();
    return {
      getItem: (k: string) => map.get(k) ?? null,
      setItem: (k: string, v: string) => void map.set(k, v),
    };
  };

  it('reads the token from the fragment once, stores it and removes it from the address', () => {
    const storage = memoryStorage();
    const replace = vi.fn();
    const location = { pathname: '/', search: '?workspace=%2Fws', hash: '#token=abc' };
    expect(takeToken(location, storage, replace)).toBe('abc');
    expect(replace).toHaveBeenCalledWith('/?workspace=%2Fws');
    expect(takeToken({ ...location, hash: '' }, storage, replace)).toBe('abc');
    expect(replace).toHaveBeenCalledTimes(1);
  });

  it('keeps other fragment parameters', () => {
    const replace = vi.fn();
    takeToken({ pathname: '/', search: '', hash: '#token=abc&view=x' }, memoryStorage(), replace);
    expect(replace).toHaveBeenCalledWith('/#view=x');
  });

  it('returns null when neither the address nor storage holds a token', () => {
    expect(takeToken({ pathname: '/', search: '', hash: '' }, memoryStorage(), vi.fn())).toBeNull();
  });
});
