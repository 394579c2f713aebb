/**
 * Answers a repeated API request with the first answer instead of carrying it out twice.
 *
 * The page names each call with an `x-request-id` and sends the same id when it tries again
 * after losing the connection, and Chromium re-sends a request by itself when a kept-alive
 * connection drops before the answer starts. Without this, a retried "add" whose first attempt
 * had been carried out would add a second entry. Answers are kept as the JSON text sent, for a
 * few minutes and within a byte budget; a request still running is joined, not started again.
 */

/** A request id the page makes (a UUID); anything else is refused rather than trusted. */
export const REQUEST_ID = /^[A-Za-z0-9-]{16,64}$/;

const KEEP_MS = 5 * 60_000;
const BUDGET_BYTES = 32 * 1024 * 1024;

type Kept = {
  readonly body: string;
  readonly answer: Promise<string>;
  at: number;
  bytes: number;
};

export type RequestReplay = {
  /**
   * The answer of `run` for this request, or of its first attempt when `key` was seen before
   * with the same body; null when the key was used for a different request.
   */
  readonly answer: (
    key: string,
    body: string,
    run: () => Promise<string>,
  ) => Promise<string | null>;
};

export const createRequestReplay = (now: () => number = Date.now): RequestReplay => {
  const kept = new Map<string, Kept>();
  let bytes = 0;

  const drop = (key: string) => {
    const entry = kept.get(key);
    if (!entry) return;
    bytes -= entry.bytes;
    kept.delete(key);
  };

  // Oldest first (a Map keeps insertion order): expired answers, then whatever is over budget.
  const trim = () => {
    for (const [key, entry] of kept) {
      if (now() - entry.at <= KEEP_MS && bytes <= BUDGET_BYTES) break;
      drop(key);
    }
  };

  return {
    answer: (key, body, run) => {
      trim();
      const seen = kept.get(key);
      if (seen) return seen.body === body ? seen.answer : Promise.resolve(null);
      const answer = run();
      const entry: Kept = { body, answer, at: now(), bytes: body.length };
      kept.set(key, entry);
      bytes += entry.bytes;
      answer.then(
        (text) => {
          if (kept.get(key) !== entry) return;
          entry.bytes += text.length;
          entry.at = now();
          bytes += text.length;
          trim();
        },
        // A request that failed outright is not kept: trying it again runs it again.
        () => drop(key),
      );
      return answer;
    },
  };
};
