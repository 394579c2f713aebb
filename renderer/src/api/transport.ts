import type { Invoke } from '../../../core/api/client';
import type { BridgeListener, IsmsBridge } from './bridge';
import { createHttpInvoke, type FetchLike, type HttpInvokeOptions } from './http-transport';
import { failure, isApiResult } from './result';

/** A way to reach the backend plus the shell's event stream. */
export type Transport = {
  readonly kind: 'ipc' | 'http';
  readonly invoke: Invoke;
  readonly on: (event: string, listener: BridgeListener) => () => void;
  /** Over HTTP: GET /download/<id> of a finished output file, with the API token. */
  readonly fetchFile?: (id: string) => Promise<Response>;
};

export type TransportEnvironment = {
  bridge: IsmsBridge | undefined;
  token: () => string | null;
  fetch: FetchLike;
  /** How calls over HTTP are tried again after a lost connection (tests make it quick). */
  http?: HttpInvokeOptions;
};

const noEvents = () => () => undefined;

/** Electron IPC when the preload's bridge is present, otherwise HTTP to the loopback server. */
export const pickTransport = (env: TransportEnvironment): Transport => {
  const { bridge } = env;
  if (bridge) {
    return {
      kind: 'ipc',
      invoke: async (method, input) => {
        const result: unknown = await bridge.invoke(method, input);
        return isApiResult(result)
          ? result
          : failure('internal', `The app answered ${method} with an unexpected value.`);
      },
      on: (event, listener) => bridge.on(event, listener),
    };
  }
  const token = env.token();
  return {
    kind: 'http',
    invoke: createHttpInvoke(token, env.fetch, '', env.http),
    on: noEvents,
    fetchFile: (id) =>
      env.fetch(`/download/${encodeURIComponent(id)}`, {
        method: 'GET',
        headers: token ? { authorization: `Bearer ${token}` } : {},
      }),
  };
};
