import type { SaveState } from '../../components/SaveIndicator';

export type Timers = {
  set: (run: () => void, ms: number) => unknown;
  clear: (handle: unknown) => void;
};

export type AutosaveSnapshot = {
  state: SaveState;
  /** The last save failure, kept until a save succeeds. */
  error: unknown;
};

export type AutosaveOptions = {
  initial: string;
  save: (body: string) => Promise<void>;
  delayMs: number;
  retryMs: number;
  onChange: (snapshot: AutosaveSnapshot) => void;
  timers?: Timers;
  /** Whether a failed save is tried again by itself; a conflict waits for the user instead. */
  retryable?: (error: unknown) => boolean;
};

/** Saves the latest text after a pause; retries failures and never forgets an unsaved edit. */
export type Autosaver = {
  readonly change: (body: string) => void;
  /** Saves now; resolves true once the latest text is saved. */
  readonly flush: () => Promise<boolean>;
  readonly snapshot: () => AutosaveSnapshot;
  readonly isDirty: () => boolean;
  /** The latest text, saved or not. */
  readonly text: () => string;
  /** Counts the latest text as kept (it was saved elsewhere, as a copy): nothing left to save. */
  readonly settle: () => void;
  readonly dispose: () => void;
};

const realTimers: Timers = {
  set: (run, ms) => setTimeout(run, ms),
  clear: (handle) => clearTimeout(handle as ReturnType<typeof setTimeout>),
};

export const createAutosaver = (options: AutosaveOptions): Autosaver => {
  const timers = options.timers ?? realTimers;
  let current = options.initial;
  let saved = options.initial;
  let error: unknown = null;
  let inFlight: Promise<void> | null = null;
  let timer: unknown = null;
  let disposed = false;

  const snapshot = (): AutosaveSnapshot => ({
    state: inFlight ? 'saving' : error !== null ? 'error' : current === saved ? 'saved' : 'unsaved',
    error,
  });
  const notify = () => options.onChange(snapshot());
  const schedule = (ms: number) => {
    if (timer !== null) timers.clear(timer);
    timer = disposed ? null : timers.set(() => void run(), ms);
  };

  const saveOnce = async (body: string) => {
    try {
      await options.save(body);
      saved = body;
      error = null;
    } catch (failure) {
      error = failure;
    }
  };

  // One save at a time; edits made meanwhile are saved right after.
  const run = async (): Promise<boolean> => {
    timer = null;
    while (!disposed) {
      if (inFlight) {
        await inFlight;
        continue;
      }
      if (current === saved) return true;
      inFlight = saveOnce(current);
      notify();
      await inFlight;
      inFlight = null;
      notify();
      if (error !== null) {
        if (options.retryable?.(error) ?? true) schedule(options.retryMs);
        return false;
      }
    }
    return current === saved;
  };

  return {
    change: (body) => {
      current = body;
      notify();
      // After a conflict nothing is sent until the user chooses what to keep.
      if (error !== null && !(options.retryable?.(error) ?? true)) return;
      if (current === saved && !inFlight) {
        if (timer !== null) timers.clear(timer);
        timer = null;
        return;
      }
      schedule(error !== null ? Math.min(options.delayMs, options.retryMs) : options.delayMs);
    },
    flush: () => {
      if (timer !== null) timers.clear(timer);
      return run();
    },
    snapshot,
    isDirty: () => current !== saved,
    text: () => current,
    settle: () => {
      if (timer !== null) timers.clear(timer);
      timer = null;
      saved = current;
      error = null;
      notify();
    },
    dispose: () => {
      disposed = true;
      if (timer !== null) timers.clear(timer);
      timer = null;
    },
  };
};
