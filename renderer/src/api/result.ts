import type { ApiResult } from '../../../core/api/contract';

/**
 * The code of a change sent to the server whose answer never arrived: it may or may not have been
 * carried out, so the screen reads the state again instead of saying it failed.
 */
export const OUTCOME_UNKNOWN = 'outcome-unknown';

/** A failed result built on the client side (the backend could not be asked or answered oddly). */
export const failure = (
  code: string,
  message: string,
  details: Record<string, unknown> = {},
): ApiResult<never> => ({ ok: false, error: { code, message, details } });

/** Whether a value has the `{ ok, data }` / `{ ok, error }` shape every transport returns. */
export const isApiResult = (value: unknown): value is ApiResult<unknown> => {
  if (typeof value !== 'object' || value === null || !('ok' in value)) return false;
  if (value.ok === true) return 'data' in value;
  if (value.ok !== false || !('error' in value)) return false;
  const error = value.error;
  return typeof error === 'object' && error !== null && 'message' in error;
};
