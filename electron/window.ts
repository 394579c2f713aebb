import { BrowserWindow, screen } from 'electron';
import { join } from 'node:path';
import type { AppSettingsStore, WindowBounds } from '../backend/app-settings';
import { APP_ORIGIN } from './channels';

/** The main window: isolated, sandboxed, no Node in the page, bounds remembered between runs. */
export const createMainWindow = async (
  settings: AppSettingsStore,
  preloadPath: string,
  query: string,
): Promise<BrowserWindow> => {
  const saved = (await settings.load()).settings.windowBounds;
  const window = new BrowserWindow({
    ...visibleBounds(saved),
    minWidth: 900,
    minHeight: 600,
    show: false,
    title: 'ISMS Workbench',
    backgroundColor: '#f7f7f5',
    webPreferences: {
      preload: preloadPath,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      // Chromium's spellchecker downloads dictionaries from Google on Windows and Linux; the app
      // promises to work offline and to send nothing anywhere.
      spellcheck: false,
    },
  });
  window.once('ready-to-show', () => {
    if (saved?.maximized) window.maximize();
    window.show();
  });
  window.on('close', () => {
    const windowBounds = { ...window.getNormalBounds(), maximized: window.isMaximized() };
    // Losing the window size is not worth an error on the way out, but it is worth a log line.
    settings
      .update((current) => ({ ...current, windowBounds }))
      .catch((error: unknown) => console.error('Window bounds not saved:', error));
  });
  await window.loadURL(`${APP_ORIGIN}/index.html${query}`);
  return window;
};

/** Falls back to a default size when the saved bounds are on a display that is gone. */
const visibleBounds = (saved: WindowBounds | null) => {
  const fallback = { width: 1280, height: 820 };
  if (!saved) return fallback;
  const onScreen = screen
    .getAllDisplays()
    .some(
      ({ workArea: a }) =>
        saved.x >= a.x - 50 &&
        saved.y >= a.y - 50 &&
        saved.x < a.x + a.width &&
        saved.y < a.y + a.height,
    );
  return onScreen ? { x: saved.x, y: saved.y, width: saved.width, height: saved.height } : fallback;
};

export const preloadFile = (outDir: string) => join(outDir, 'preload.cjs');
