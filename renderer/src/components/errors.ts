import { ApiCallError } from '../../../core/api/client';

/** A sentence for the user, with the file, field or line the backend named when it did. */
export const describeError = (error: unknown): string => {
  if (error instanceof ApiCallError) {
    const where = ['file', 'field', 'path', 'line']
      .map((key) => error.details[key])
      .filter((value) => typeof value === 'string' || typeof value === 'number');
    return where.length > 0 && !error.message.includes(String(where[0]))
      ? `${error.message} (${where.join(', ')})`
      : error.message;
  }
  if (error instanceof Error) return error.message;
  return 'Something went wrong.';
};

/**
 * "Could not <what>: <reason>", said once: a reason that already starts with "Could not" (the
 * backend's file errors do, naming the path) is shown as it is.
 */
export const couldNot = (what: string, error: unknown): string => {
  const reason = describeError(error);
  return /^could not\b/i.test(reason) ? reason : `Could not ${what}: ${reason}`;
};
