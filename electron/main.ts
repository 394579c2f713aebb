import { app, dialog, Menu, type BrowserWindow } from 'electron';
import { join } from 'node:path';
import { createBackend } from '../backend/compose';
import { bindIpc } from './ipc';
import { hardenSessions } from './hardening';
import { buildMenu } from './menu';
import { registerAppScheme, serveRenderer } from './protocol';
import { createMainWindow, preloadFile } from './window';

// Bundled to out/electron/main.cjs; the renderer sits in out/renderer and, once packaged, the
// built-in templates in the app's resources folder.
const outDir = __dirname;
const rendererDir = join(outDir, '..', 'renderer');
const templatesDir = app.isPackaged
  ? join(process.resourcesPath, 'templates')
  : join(outDir, '..', '..', 'templates');

let mainWindow: BrowserWindow | null = null;
const currentWindow = () => mainWindow;

registerAppScheme();

// Lets end-to-end tests run the app against a throw-away settings folder. Never in an installed
// app: there an environment variable must not redirect where settings are read from.
const userDataOverride = app.isPackaged ? undefined : process.env['ISMS_USER_DATA_DIR'];
if (userDataOverride) app.setPath('userData', userDataOverride);

if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  app.on('second-instance', () => {
    if (mainWindow?.isMinimized()) mainWindow.restore();
    mainWindow?.focus();
  });
  app.on('window-all-closed', () => app.quit());
  // A failure before the window exists would otherwise leave a process with no window and no word.
  app
    .whenReady()
    .then(start)
    .catch((error: unknown) => {
      dialog.showErrorBox(
        'ISMS Workbench could not start',
        error instanceof Error ? error.message : String(error),
      );
      app.quit();
    });
}

async function start(): Promise<void> {
  hardenSessions();
  serveRenderer(rendererDir);
  const backend = createBackend({
    templatesDir,
    configDir: app.getPath('userData'),
    // Built beside main.cjs; renders run there so a runaway template never blocks this process.
    renderWorkers: { workerFile: join(outDir, 'render-worker.mjs') },
    onUnexpected: (error) => console.error('Unexpected error:', error),
  });
  const settings = backend.settings!;
  const { lastWorkspace } = (await settings.load()).settings;
  const workspace = await openingWorkspace(backend.dispatch, lastWorkspace);
  const refreshMenu = async () => {
    const { recentWorkspaces } = (await settings.load()).settings;
    Menu.setApplicationMenu(buildMenu(currentWindow, recentWorkspaces));
  };
  bindIpc(backend.dispatch, currentWindow, () => void refreshMenu(), backend.outputs);
  await refreshMenu();
  const query = workspace ? `?workspace=${encodeURIComponent(workspace)}` : '';
  mainWindow = await createMainWindow(settings, preloadFile(outDir), query);
  mainWindow.on('closed', () => (mainWindow = null));
}

/** The last workspace if it still opens, else the demo workspace in the user-data folder. */
async function openingWorkspace(
  dispatch: ReturnType<typeof createBackend>['dispatch'],
  last: string | null,
): Promise<string | null> {
  if (last && (await dispatch('workspace.open', { dir: last })).ok) return last;
  const demo = join(app.getPath('userData'), 'demo-workspace');
  if ((await dispatch('workspace.open', { dir: demo })).ok) return demo;
  const created = await dispatch('workspace.create', { dir: demo, from: 'demo' });
  return created.ok ? demo : null;
}
