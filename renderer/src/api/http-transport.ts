import type { Invoke } from '../../../core/api/client';
import { failure, isApiResult, OUTCOME_UNKNOWN } from './result';

export type FetchLike = (url: string, init: RequestInit) => Promise<Response>;

export type HttpInvokeOptions = {
  /** A fresh id per call; a retry of the call sends the same one, so it is carried out once. */
  readonly newRequestId?: () => string;
  /** Waits before each new attempt after a lost connection. */
  readonly retryDelaysMs?: readonly number[];
  readonly sleep?: (ms: number) => Promise<void>;
  readonly now?: () => number;
};

/**
 * How long the id of a change that was never answered is used again for the same change: the
 * server keeps each answer 5 minutes, so within that time it answers the repeat with what the
 * first attempt did instead of doing it twice.
 */
const UNCONFIRMED_KEEP_MS = 5 * 60_000;

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
export const createHttpInvoke = (
  token: string | null,
  fetchFn: FetchLike,
  base = '',
  options: HttpInvokeOptions = {},
): Invoke => {
  const newId = options.newRequestId ?? (() => crypto.randomUUID());
  const now = options.now ?? Date.now;
  // A change that got no answer, by method and exact body: the user sending the same change
  // again (pressing Add once more after "could not confirm") sends the same id, so the server
  // answers it with the first attempt's result if that was carried out, and never adds twice.
  const unconfirmed = new Map<string, { id: string; at: number }>();
  const send = async (url: string, init: RequestInit, method: string) => {
    const delays = options.retryDelaysMs ?? RETRY_DELAYS_MS;
    const sleep = options.sleep ?? wait;
    for (let attempt = 0; ; attempt += 1) {
      try {
        // The whole answer is read inside the attempt: a connection lost half-way through it is
        // a lost answer too.
        const response = await fetchFn(url, init);
        return readAnswer(response.status, await response.text());
      } catch {
        if (attempt >= delays.length) return unanswered(method);
        await sleep(delays[attempt]!);
      }
    }
  };
  return async (method, input) => {
    const body = JSON.stringify(input ?? {});
    const key = `${method}\n${body}`;
    const earlier = unconfirmed.get(key);
    const id = earlier && now() - earlier.at < UNCONFIRMED_KEEP_MS ? earlier.id : newId();
    const headers: Record<string, string> = { 'content-type': 'application/json' };
    if (token) headers['authorization'] = `Bearer ${token}`;
    headers['x-request-id'] = id;
    const result = await send(`${base}/api/${method}`, { method: 'POST', headers, body }, method);
    unconfirmed.delete(key);
    if (!result.ok && result.error.code === OUTCOME_UNKNOWN) {
      unconfirmed.set(key, { id, at: earlier?.id === id ? earlier.at : now() });
    }
    return result;
  };
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
