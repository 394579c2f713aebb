import { app, session, shell, type WebContents } from 'electron';
import { APP_ORIGIN } from './channels';

/** No permissions (camera, notifications...), no new windows, no navigation away from the app. */
export const hardenSessions = (): void => {
  // No dictionary downloads (see window.ts): the spellchecker stays off for the whole session.
  session.defaultSession.setSpellCheckerEnabled(false);
  session.defaultSession.setPermissionRequestHandler((_contents, _permission, callback) =>
    callback(false),
  );
  session.defaultSession.setPermissionCheckHandler(() => false);
  app.on('web-contents-created', (_event, contents) => hardenContents(contents));
};

const hardenContents = (contents: WebContents) => {
  contents.setWindowOpenHandler(({ url }) => {
    // Links in help text open in the user's browser, never inside the app.
    if (url.startsWith('https://')) void shell.openExternal(url);
    return { action: 'deny' };
  });
  contents.on('will-navigate', (event, url) => {
    if (!url.startsWith(`${APP_ORIGIN}/`)) event.preventDefault();
  });
  contents.on('will-attach-webview', (event) => event.preventDefault());
};

/** True when an IPC message comes from our own renderer's top frame (never from a sub-frame). */
export const isTrustedSender = (
  frame: { readonly url: string; readonly parent: unknown } | null | undefined,
): boolean => !!frame && frame.parent === null && frame.url.startsWith(`${APP_ORIGIN}/`);
