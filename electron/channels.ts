/** IPC channel names shared by main and preload; the API itself goes over one channel. */
export const CHANNELS = {
  invoke: 'isms:invoke',
  event: 'isms:event',
  pickFolder: 'isms:platform:pick-folder',
  saveFile: 'isms:platform:save-file',
  saveOutput: 'isms:platform:save-output',
  openFile: 'isms:platform:open-file',
} as const;

/** The scheme and host the renderer is served from; IPC only answers frames from here. */
export const APP_ORIGIN = 'app://renderer';
