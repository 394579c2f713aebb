import type { Invoke } from '../../../core/api/client';
import { failure, isApiResult } from './result';

export type FetchLike = (url: string, init: RequestInit) => Promise<Response>;

/** Sends each call as `POST <base>/api/<method>` with the bearer token; never throws. */
export const createHttpInvoke =
  (token: string | null, fetchFn: FetchLike, base = ''): Invoke =>
  async (method, input) => {
    const headers: Record<string, string> = { 'content-type': 'application/json' };
    if (token) headers['authorization'] = `Bearer ${token}`;
    let response: Response;
    try {
      response = await fetchFn(`${base}/api/${method}`, {
        method: 'POST',
        headers,
        body: JSON.stringify(input ?? {}),
      });
    } catch {
      return failure('io-failed', 'The local ISMS Workbench server cannot be reached.');
    }
    let body: unknown;
    try {
      body = await response.json();
    } catch {
      return failure('internal', `The server answered ${response.status} without a result.`, {
        status: response.status,
      });
    }
    if (isApiResult(body)) return body;
    return failure('internal', `The server answered ${response.status} with an unexpected body.`);
  };
