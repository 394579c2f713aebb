import type { ApiMethod, ApiResult } from '../../../core/api/contract';

/** Receives one event pushed by the shell (for example a menu command). */
export type BridgeListener = (payload: unknown) => void;

/** Native services the Electron preload offers next to the API. */
export type BridgePlatform = {
  /** Shows a folder picker; resolves to the chosen folder, or null when cancelled. */
  pickFolder(): Promise<unknown>;
  /** Shows a save dialog for `name` and writes the base64 bytes; resolves to the saved path,
   * or null when cancelled. */
  saveFile(name: string, base64: string): Promise<unknown>;
  /** Shows a save dialog for `name` and copies the backend's finished output file `id` there;
   * resolves to the saved path, null when cancelled, or `{ error }`. */
  saveOutput?(id: string, name: string): Promise<unknown>;
  /** Shows an open dialog; resolves to `{ name, base64 }`, `{ error }` or null when cancelled. */
  openFile?(accept: readonly string[]): Promise<unknown>;
};

/** What the Electron preload exposes as `window.ismsBridge` through contextBridge. */
export type IsmsBridge = {
  /** Resolves to the dispatcher's `ApiResult`; checked again on arrival. */
  invoke(method: ApiMethod, input: unknown): Promise<ApiResult<unknown>>;
  /** Subscribes to a shell event; returns the unsubscribe function. */
  on(event: string, listener: BridgeListener): () => void;
  platform?: BridgePlatform;
};

declare global {
  // Declaration merging needs an interface here.
  interface Window {
    ismsBridge?: IsmsBridge;
  }
}
