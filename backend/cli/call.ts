import type { ApiInput, ApiMethod, ApiOutput } from '../../core/api/contract';
import type { Dispatch } from '../../core/api/dispatch';
import { CliError } from './output';

/** Calls the API in-process; a failure becomes a CliError carrying the backend's message. */
export const callApi = async <M extends ApiMethod>(
  dispatch: Dispatch,
  method: M,
  input: ApiInput<M>,
): Promise<ApiOutput<M>> => {
  const result = await dispatch(method, input);
  if (!result.ok) throw new CliError(result.error.message);
  return result.data as ApiOutput<M>;
};
