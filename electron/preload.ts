import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import { CHANNELS } from './channels';

// The whole bridge: a generic invoke plus events, and the native dialogs. It never changes when
// an API method is added; the main process validates every call.
contextBridge.exposeInMainWorld('ismsBridge', {
  invoke: (method: string, input: unknown): Promise<unknown> =>
    ipcRenderer.invoke(CHANNELS.invoke, method, input),
  on: (event: string, listener: (payload: unknown) => void): (() => void) => {
    const handler = (_: IpcRendererEvent, message: { name: string; payload: unknown }) => {
      if (message.name === event) listener(message.payload);
    };
    ipcRenderer.on(CHANNELS.event, handler);
    return () => ipcRenderer.removeListener(CHANNELS.event, handler);
  },
  platform: {
    pickFolder: (): Promise<unknown> => ipcRenderer.invoke(CHANNELS.pickFolder),
    saveFile: (name: string, base64: string): Promise<unknown> =>
      ipcRenderer.invoke(CHANNELS.saveFile, name, base64),
    saveOutput: (id: string, name: string): Promise<unknown> =>
      ipcRenderer.invoke(CHANNELS.saveOutput, id, name),
    openFile: (accept: readonly string[]): Promise<unknown> =>
      ipcRenderer.invoke(CHANNELS.openFile, accept),
  },
});
