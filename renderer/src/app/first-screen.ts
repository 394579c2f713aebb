// Code the first screen does not need (the registers' declarations and their schemas) waits until
// that screen has painted, so it never competes with it for the page's thread.

let shown = false;
const waiting = new Set<() => void>();

/** Called once the first screen shows what it was opened for (or why it cannot). */
export const firstScreenShown = (): void => {
  if (shown) return;
  // The frame after the next one: the screen has been painted by then.
  requestAnimationFrame(() =>
    setTimeout(() => {
      shown = true;
      for (const run of waiting) run();
      waiting.clear();
    }, 0),
  );
};

/** Runs `run` once the first screen has painted (at once if it has); returns a cancel. */
export const afterFirstScreen = (run: () => void): (() => void) => {
  if (shown) {
    run();
    return () => undefined;
  }
  waiting.add(run);
  return () => waiting.delete(run);
};
