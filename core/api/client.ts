import { API_METHODS, type Api, type ApiError, type ApiMethod, type ApiResult } from './contract';

/** A transport: sends one call and returns the dispatcher's result. */
export type Invoke = (method: ApiMethod, input: unknown) => Promise<ApiResult<unknown>>;

/** An API failure on the client side, carrying the code and details the backend sent. */
export class ApiCallError extends Error {
  readonly code: string;
  readonly details: Readonly<Record<string, unknown>>;

  constructor(error: ApiError) {
    super(error.message);
    this.name = 'ApiCallError';
    this.code = error.code;
    this.details = error.details;
  }
}

/** Builds the typed `Api` over any transport (in-process, HTTP or Electron IPC). */
export const createApiClient = (invoke: Invoke): Api => {
  const entries = API_METHODS.map((method) => [
    method,
    async (input: unknown) => {
      const result = await invoke(method, input);
      if (!result.ok) throw new ApiCallError(result.error);
      return result.data;
    },
  ]);
  return Object.fromEntries(entries) as Api;
};
