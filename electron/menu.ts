import { app, dialog, Menu, type BrowserWindow, type MenuItemConstructorOptions } from 'electron';
import { CHANNELS } from './channels';

/** Menu commands reach the renderer as events; the renderer decides what each means. */
const send = (window: () => BrowserWindow | null, name: string, payload: unknown = null) =>
  window()?.webContents.send(CHANNELS.event, { name, payload });

export const buildMenu = (window: () => BrowserWindow | null, recent: readonly string[]): Menu => {
  const isMac = process.platform === 'darwin';
  const template: MenuItemConstructorOptions[] = [
    ...(isMac ? [{ role: 'appMenu' as const }] : []),
    {
      label: '&File',
      submenu: [
        {
          label: 'New Workspace…',
          accelerator: 'CmdOrCtrl+Shift+N',
          click: () => send(window, 'new-workspace'),
        },
        {
          label: 'Open Workspace…',
          accelerator: 'CmdOrCtrl+O',
          click: () => send(window, 'open-workspace'),
        },
        {
          label: 'Open Recent',
          submenu: recent.length
            ? recent.map((dir) => ({ label: dir, click: () => send(window, 'open-recent', dir) }))
            : [{ label: 'No recent workspaces', enabled: false }],
        },
        { type: 'separator' },
        {
          label: 'Export Document as Word…',
          accelerator: 'CmdOrCtrl+E',
          click: () => send(window, 'export-document'),
        },
        { type: 'separator' },
        isMac ? { role: 'close' } : { role: 'quit', label: 'Close' },
      ],
    },
    { role: 'editMenu' },
    {
      label: '&View',
      submenu: [
        { role: 'zoomIn' },
        { role: 'zoomOut' },
        { role: 'resetZoom' },
        { type: 'separator' },
        {
          label: 'Toggle Dark Theme',
          accelerator: 'CmdOrCtrl+Shift+L',
          click: () => send(window, 'toggle-theme'),
        },
        { role: 'togglefullscreen' },
        ...(app.isPackaged ? [] : [{ role: 'toggleDevTools' as const }]),
      ],
    },
    {
      label: '&Help',
      submenu: [
        {
          label: 'About ISMS Workbench',
          click: () => {
            const owner = window();
            const options = {
              type: 'info' as const,
              title: 'About ISMS Workbench',
              message: `ISMS Workbench ${app.getVersion()}`,
              detail:
                'Offline drafting of ISO/IEC 27001:2022 documentation with Word export. Your data stays in the workspace folders you choose.',
            };
            void (owner ? dialog.showMessageBox(owner, options) : dialog.showMessageBox(options));
          },
        },
      ],
    },
  ];
  return Menu.buildFromTemplate(template);
};
