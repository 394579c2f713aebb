import type { Invoke } from '../../../core/api/client';
import { failure, isApiResult, OUTCOME_UNKNOWN } from './result';

export type FetchLike = (url: string, init: RequestInit) => Promise<Response>;

export type HttpInvokeOptions = {
  /** A fresh id per call; a retry of the call sends the same one, so it is carried out once. */
  readonly newRequestId?: () => string;
  /** Waits before each new attempt after a lost connection. */
  readonly retryDelaysMs?: readonly number[];
  readonly sleep?: (ms: number) => Promise<void>;
};

const RETRY_DELAYS_MS = [300, 1_000, 3_000];

// Calls that only read: when they cannot be answered, nothing was changed either way.
const READ_ONLY =
  /\.(get|list|index|compare|render|describe|problems|settings|report|status|check|open|recent|context|prepare|export[A-Za-z]*)$/;

const wait = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

const unanswered = (method: string) =>
  READ_ONLY.test(method)
    ? failure('io-failed', 'The local ISMS Workbench server cannot be reached.')
    : failure(
        OUTCOME_UNKNOWN,
        'The local ISMS Workbench server did not answer, so it could not be confirmed whether this was saved.',
      );

/**
 * Sends each call as `POST <base>/api/<method>` with the bearer token and a request id; never
 * throws. A connection lost before the answer is tried again with the same id (the server answers
 * a repeated id with its first answer, so nothing is done twice); when no attempt is answered, a
 * change is reported as unconfirmed rather than as failed, since it may have been carried out.
 */
export const createHttpInvoke =
  (token: string | null, fetchFn: FetchLike, base = '', options: HttpInvokeOptions = {}): Invoke =>
  async (method, input) => {
    const headers: Record<string, string> = { 'content-type': 'application/json' };
    if (token) headers['authorization'] = `Bearer ${token}`;
    headers['x-request-id'] = (options.newRequestId ?? (() => crypto.randomUUID()))();
    const init = { method: 'POST', headers, body: JSON.stringify(input ?? {}) };
    const delays = options.retryDelaysMs ?? RETRY_DELAYS_MS;
    const sleep = options.sleep ?? wait;
    for (let attempt = 0; ; attempt += 1) {
      try {
        // The whole answer is read inside the attempt: a connection lost half-way through it is
        // a lost answer too.
        const response = await fetchFn(`${base}/api/${method}`, init);
        return readAnswer(response.status, await response.text());
      } catch {
        if (attempt >= delays.length) return unanswered(method);
        await sleep(delays[attempt]!);
      }
    }
  };

const readAnswer = (status: number, text: string) => {
  let body: unknown;
  try {
    body = JSON.parse(text) as unknown;
  } catch {
    return failure('internal', `The server answered ${status} without a result.`, { status });
  }
  if (isApiResult(body)) return body;
  return failure('internal', `The server answered ${status} with an unexpected body.`);
};
