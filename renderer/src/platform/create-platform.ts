import type { IsmsBridge } from '../api/bridge';
import { downloadBase64 } from './download';
import { pickFileInPage } from './pick-file';
import type { OpenedFile, Platform } from './platform';

export type BrowserPlatformDeps = {
  /** Asks for a folder path in the page's own dialog. */
  promptForFolder: () => Promise<string | null>;
  download: (name: string, base64: string) => void;
  pickFile?: (accept: readonly string[]) => Promise<OpenedFile | null>;
};

/** The browser has no folder picker: the user types a path, and saving is a download. */
export const createBrowserPlatform = (deps: BrowserPlatformDeps): Platform => ({
  kind: 'browser',
  pickFolder: () => deps.promptForFolder(),
  saveFile: (name, base64) => {
    deps.download(name, base64);
    return Promise.resolve(name);
  },
  openFile: (accept) => (deps.pickFile ?? pickFileInPage)(accept),
});

const asPath = (value: unknown): string | null =>
  typeof value === 'string' && value !== '' ? value : null;

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
): Platform => {
  const browser = createBrowserPlatform({ promptForFolder, download: downloadBase64 });
  const native = bridge?.platform;
  if (!native) return browser;
  return {
    kind: 'electron',
    pickFolder: async () => asPath(await native.pickFolder()),
    saveFile: async (name, base64) => asPath(await native.saveFile(name, base64)),
    openFile: async (accept) =>
      native.openFile ? asOpenedFile(await native.openFile(accept)) : browser.openFile(accept),
  };
};
