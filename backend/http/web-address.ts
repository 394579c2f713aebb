import type { Dispatch } from '../../core/api/dispatch';

/** The address a browser opens: the workspace in the query (kept on reload), the token after #. */
export const webAddress = (port: number, token: string, workspace: string): string =>
  `http://127.0.0.1:${port}/?workspace=${encodeURIComponent(workspace)}#token=${token}`;

/**
 * The workspace the browser mode opens when none is named: the one used last (in the page or
 * the desktop app), while it still holds a workspace; otherwise the demo.
 */
export const startWorkspace = (
  last: readonly (string | null)[],
  demo: string,
  holdsWorkspace: (dir: string) => boolean,
): string => last.find((dir): dir is string => dir !== null && holdsWorkspace(dir)) ?? demo;

const SWITCHES = new Set<unknown>([
  'workspace.open',
  'workspace.create',
  'workspace.restoreBackup',
]);

const openedDir = (data: unknown): string | null =>
  data !== null && typeof data === 'object' && 'dir' in data && typeof data.dir === 'string'
    ? data.dir
    : null;

/**
 * The same dispatch, telling `onSwitch` each time the page opens or creates a workspace other
 * than the one open before, so the printed address always names the workspace in use.
 */
export const reportWorkspaceSwitches = (
  dispatch: Dispatch,
  current: string,
  onSwitch: (dir: string) => void,
): Dispatch => {
  let open = current;
  return async (method, input) => {
    const result = await dispatch(method, input);
    const dir = result.ok && SWITCHES.has(method) ? openedDir(result.data) : null;
    if (dir !== null && dir !== open) {
      open = dir;
      onSwitch(dir);
    }
    return result;
  };
};
