import type { Api, ApiError, ApiMethod, ApiResult } from './contract';

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

// Every method is named `noun.verb`; any other property (`then`, symbols, `toJSON`) is not a
// method, so the client is never mistaken for a promise or serialised as one.
const METHOD_NAME = /^[a-z][A-Za-z]*\.[a-z][A-Za-z]*$/;

/**
 * Builds the typed `Api` over any transport (in-process, HTTP or Electron IPC). The methods are
 * made on first use rather than read from the contract, so the client carries no schema code: the
 * renderer paints its first screen before the schema library loads. The dispatcher validates every
 * call's input and output against the contract whichever transport carries it, and refuses a
 * method name it does not know.
 */
export const createApiClient = (invoke: Invoke): Api => {
  const methods = new Map<string, (input: unknown) => Promise<unknown>>();
  const methodFor = (method: string) => {
    let call = methods.get(method);
    if (!call) {
      call = async (input: unknown) => {
        const result = await invoke(method as ApiMethod, input);
        if (!result.ok) throw new ApiCallError(result.error);
        return result.data;
      };
      methods.set(method, call);
    }
    return call;
  };
  return new Proxy({} as Api, {
    get: (_target, property) =>
      typeof property === 'string' && METHOD_NAME.test(property) ? methodFor(property) : undefined,
  });
};
