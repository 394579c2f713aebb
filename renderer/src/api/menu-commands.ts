/** Commands the Electron menu sends; each arrives as an event named after the command. */
export type MenuCommand =
  | { command: 'new-workspace' }
  | { command: 'open-workspace' }
  | { command: 'export-document' }
  | { command: 'open-recent'; dir: string | null }
  | { command: 'toggle-theme' }
  | { command: 'zoom'; direction: ZoomDirection };

export type ZoomDirection = 'in' | 'out' | 'reset';

export const MENU_EVENTS = [
  'new-workspace',
  'open-workspace',
  'export-document',
  'open-recent',
  'toggle-theme',
  'zoom',
] as const;
export type MenuEvent = (typeof MENU_EVENTS)[number];

const readString = (value: unknown, key: string): string | null => {
  if (typeof value === 'string') return value;
  if (typeof value !== 'object' || value === null || !(key in value)) return null;
  const field: unknown = (value as Record<string, unknown>)[key];
  return typeof field === 'string' ? field : null;
};

const toZoom = (value: string | null): ZoomDirection =>
  value === 'in' || value === 'out' ? value : 'reset';

/**
 * Reads one menu event. `open-recent` carries the folder (a string or `{ dir }`), `zoom` the
 * direction (`'in'`, `'out'`, `'reset'` or `{ direction }`); the others carry nothing.
 */
export const toMenuCommand = (event: MenuEvent, payload: unknown): MenuCommand => {
  switch (event) {
    case 'open-recent':
      return { command: event, dir: readString(payload, 'dir') };
    case 'zoom':
      return { command: event, direction: toZoom(readString(payload, 'direction')) };
    default:
      return { command: event };
  }
};
