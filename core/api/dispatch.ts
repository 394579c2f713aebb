import { AppError, isAppError } from '../errors';
import { describeZodIssues } from '../model/issues';
import {
  isApiMethod,
  loadMethodSchemas,
  type ApiContract,
  type ApiMethod,
  type ApiOutput,
  type ApiResult,
} from './contract';
import type { z } from 'zod';

export type Handlers = {
  [M in ApiMethod]: (input: z.output<ApiContract[M]['input']>) => Promise<ApiOutput<M>>;
};

export type Dispatch = (method: unknown, input: unknown) => Promise<ApiResult<unknown>>;

/**
 * The single entry point of every transport: checks the method name, validates the input against
 * the contract (the method's schemas are built on its group's first call), runs the handler and
 * validates its output. Failures come back as data, never thrown, so they cross IPC and HTTP
 * intact.
 */
export const createDispatcher =
  (handlers: Handlers, onUnexpected: (error: unknown) => void = () => {}): Dispatch =>
  async (method, input) => {
    if (!isApiMethod(method)) {
      return failure(
        new AppError('invalid-input', `unknown API method: ${String(method)}`, { method }),
      );
    }
    const schemas = await loadMethodSchemas(method).catch((error: unknown) => {
      onUnexpected(error);
      return null;
    });
    if (!schemas) {
      return failure(
        new AppError('internal', `${method} failed: its schemas could not be loaded`, { method }),
      );
    }
    const parsed = schemas.input.safeParse(input ?? {});
    if (!parsed.success) {
      const issues = describeZodIssues(parsed.error);
      const first = issues[0];
      return failure(
        new AppError('invalid-input', `${method}: ${first?.path}: ${first?.message}`, {
          method,
          issues,
        }),
      );
    }
    try {
      const handler = handlers[method] as (value: unknown) => Promise<unknown>;
      const data: unknown = await handler(parsed.data);
      return { ok: true, data: schemas.output.parse(data) };
    } catch (error) {
      if (isAppError(error)) return failure(error);
      onUnexpected(error);
      const message = error instanceof Error ? error.message : String(error);
      return failure(new AppError('internal', `${method} failed: ${message}`, { method }));
    }
  };

const failure = (error: AppError): ApiResult<never> => ({
  ok: false,
  error: { code: error.code, message: error.message, details: error.details },
});
