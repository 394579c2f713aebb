import type { ZoomDirection } from '../../api/menu-commands';

export const ZOOM_LEVELS = [0.8, 0.9, 1, 1.1, 1.25, 1.5] as const;

/** The next zoom factor from the current one; stays within the supported range. */
export const nextZoom = (current: number, direction: ZoomDirection): number => {
  if (direction === 'reset') return 1;
  const index = ZOOM_LEVELS.findIndex((level) => level >= current - 1e-6);
  const at = index < 0 ? ZOOM_LEVELS.length - 1 : index;
  const next = direction === 'in' ? at + 1 : at - 1;
  return ZOOM_LEVELS[Math.min(Math.max(next, 0), ZOOM_LEVELS.length - 1)] ?? 1;
};

/** Applies zoom to the whole page with CSS `zoom`, which CodeMirror measures correctly. */
export const createZoomController = (root: HTMLElement) => {
  let factor = 1;
  return {
    current: () => factor,
    apply: (direction: ZoomDirection) => {
      factor = nextZoom(factor, direction);
      root.style.setProperty('zoom', String(factor));
    },
  };
};
export type ZoomController = ReturnType<typeof createZoomController>;
