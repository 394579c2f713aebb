import { dialog, ipcMain, type BrowserWindow, type IpcMainInvokeEvent } from 'electron';
import { copyFile, readFile, stat, writeFile } from 'node:fs/promises';
import type { DownloadSource } from '../backend/http/downloads';
import { base64ToBytes, bytesToBase64 } from '../core/api/base64';
import type { Dispatch } from '../core/api/dispatch';
import { CHANNELS } from './channels';
import { displayName, MAX_OPEN_BYTES, openFiltersFor, saveFilterFor } from './file-filters';
import { isTrustedSender } from './hardening';

const refused = {
  ok: false,
  error: { code: 'unauthorised', message: 'IPC from an untrusted frame was refused', details: {} },
} as const;

const OPENS_A_WORKSPACE: readonly unknown[] = ['workspace.open', 'workspace.create'];

/**
 * Binds the API and the two native dialogs to IPC; every call checks its sender first.
 * `onWorkspaceOpened` lets the menu's Open Recent list follow what the user opens.
 */
export const bindIpc = (
  dispatch: Dispatch,
  window: () => BrowserWindow | null,
  onWorkspaceOpened: () => void,
  outputs: DownloadSource,
): void => {
  const trusted = (event: IpcMainInvokeEvent) => isTrustedSender(event.senderFrame);

  ipcMain.handle(CHANNELS.invoke, async (event, method: unknown, input: unknown) => {
    if (!trusted(event)) return refused;
    const result = await dispatch(method, input);
    if (result.ok && OPENS_A_WORKSPACE.includes(method)) onWorkspaceOpened();
    return result;
  });

  ipcMain.handle(CHANNELS.pickFolder, async (event) => {
    const owner = window();
    if (!trusted(event) || !owner) return null;
    const result = await dialog.showOpenDialog(owner, {
      title: 'Choose a workspace folder',
      properties: ['openDirectory', 'createDirectory'],
    });
    return result.canceled ? null : (result.filePaths[0] ?? null);
  });

  ipcMain.handle(CHANNELS.saveFile, async (event, name: unknown, base64: unknown) => {
    const owner = window();
    if (!trusted(event) || !owner || typeof name !== 'string' || typeof base64 !== 'string') {
      return null;
    }
    const result = await dialog.showSaveDialog(owner, {
      title: 'Save as',
      defaultPath: name,
      filters: [saveFilterFor(name)],
    });
    if (result.canceled || !result.filePath) return null;
    await writeFile(result.filePath, base64ToBytes(base64));
    return result.filePath;
  });

  // A file the backend wrote (the Stage 1 pack) is copied to where the user chooses: its bytes
  // never cross IPC. The renderer names it only by its unguessable id.
  ipcMain.handle(CHANNELS.saveOutput, async (event, id: unknown, name: unknown) => {
    const owner = window();
    const file = typeof id === 'string' ? outputs.find(id) : null;
    if (!trusted(event) || !owner || !file || typeof name !== 'string') return null;
    const result = await dialog.showSaveDialog(owner, {
      title: 'Save as',
      defaultPath: file.fileName,
      filters: [saveFilterFor(file.fileName)],
    });
    if (result.canceled || !result.filePath) return null;
    try {
      await copyFile(file.path, result.filePath);
    } catch (error) {
      return { error: `Could not save ${result.filePath}: ${String(error)}` };
    }
    await outputs.release(id as string);
    return result.filePath;
  });

  ipcMain.handle(CHANNELS.openFile, async (event, accept: unknown) => {
    const owner = window();
    if (!trusted(event) || !owner) return null;
    const extensions = Array.isArray(accept) ? accept.filter((a) => typeof a === 'string') : [];
    const result = await dialog.showOpenDialog(owner, {
      title: 'Open a file',
      properties: ['openFile'],
      filters: openFiltersFor(extensions),
    });
    const path = result.canceled ? undefined : result.filePaths[0];
    if (!path) return null;
    if ((await stat(path)).size > MAX_OPEN_BYTES)
      return { error: `${displayName(path)} is too large.` };
    return { name: displayName(path), base64: bytesToBase64(await readFile(path)) };
  });
};
