import type { IsmsBridge } from '../api/bridge';
import { downloadBase64, downloadBlob } from './download';
import { pickFileInPage } from './pick-file';
import type { OpenedFile, OutputRef, Platform } from './platform';

export type BrowserPlatformDeps = {
  /** Asks for a folder path in the page's own dialog. */
  promptForFolder: () => Promise<string | null>;
  download: (name: string, base64: string) => void;
  pickFile?: (accept: readonly string[]) => Promise<OpenedFile | null>;
  /** GET /download/<id> with the API token (see the HTTP transport). */
  fetchFile?: (id: string) => Promise<Response>;
};

/** Downloads a finished output file from the loopback server, then offers it as a download. */
const downloadOutput = async (
  fetchFile: BrowserPlatformDeps['fetchFile'],
  file: OutputRef,
): Promise<string> => {
  if (!fetchFile) throw new Error('This window cannot download files from the app.');
  const response = await fetchFile(file.id);
  if (!response.ok) {
    throw new Error(`The file could not be downloaded (the server answered ${response.status}).`);
  }
  downloadBlob(file.name, await response.blob());
  return file.name;
};

/** The browser has no folder picker: the user types a path, and saving is a download. */
export const createBrowserPlatform = (deps: BrowserPlatformDeps): Platform => ({
  kind: 'browser',
  pickFolder: () => deps.promptForFolder(),
  saveFile: (name, base64) => {
    deps.download(name, base64);
    return Promise.resolve(name);
  },
  saveOutput: (file) => downloadOutput(deps.fetchFile, file),
  openFile: (accept) => (deps.pickFile ?? pickFileInPage)(accept),
});

const asPath = (value: unknown): string | null =>
  typeof value === 'string' && value !== '' ? value : null;

/** The saved path, or null when cancelled; a refusal from the shell becomes an error. */
const asSaved = (value: unknown): string | null => {
  if (typeof value === 'object' && value !== null && 'error' in value) {
    throw new Error(String(value.error));
  }
  return asPath(value);
};

const asOpenedFile = (value: unknown): OpenedFile | null => {
  if (typeof value !== 'object' || value === null) return null;
  if ('error' in value && typeof value.error === 'string') throw new Error(value.error);
  if ('name' in value && 'base64' in value) {
    const { name, base64 } = value;
    if (typeof name === 'string' && typeof base64 === 'string') return { name, base64 };
  }
  return null;
};

/** Native dialogs through the preload when it offers them, the browser fallbacks otherwise. */
export const createPlatform = (
  bridge: IsmsBridge | undefined,
  promptForFolder: () => Promise<string | null>,
  fetchFile?: (id: string) => Promise<Response>,
): Platform => {
  const browser = createBrowserPlatform({
    promptForFolder,
    download: downloadBase64,
    ...(fetchFile ? { fetchFile } : {}),
  });
  const native = bridge?.platform;
  if (!native) return browser;
  return {
    kind: 'electron',
    pickFolder: async () => asPath(await native.pickFolder()),
    saveFile: async (name, base64) => asPath(await native.saveFile(name, base64)),
    saveOutput: async (file) =>
      native.saveOutput ? asSaved(await native.saveOutput(file.id, file.name)) : null,
    openFile: async (accept) =>
      native.openFile ? asOpenedFile(await native.openFile(accept)) : browser.openFile(accept),
  };
};
