import { useCallback, useEffect, useRef, useState } from 'react';
import { useSession } from '../../app/navigation';
import { useServices } from '../../app/services';
import { describeError } from '../../components/errors';
import { createAutosaver, type Autosaver, type AutosaveSnapshot } from './autosave';

const SAVE_DELAY_MS = 800;
const RETRY_DELAY_MS = 5000;

export type BodyAutosave = {
  snapshot: AutosaveSnapshot;
  change: (body: string) => void;
  /** Saves now; resolves true when the latest text is on disk. */
  flush: () => Promise<boolean>;
};

/**
 * Autosaves the body ~800 ms after typing stops, retries failures, saves on Ctrl/Cmd+S, and
 * guards navigation and window closing while an edit is not yet saved.
 */
export const useBodyAutosave = (
  id: string,
  initialBody: string,
  onSaved: () => void,
): BodyAutosave => {
  const { api, dialogs } = useServices();
  const session = useSession();
  const dir = session.workspace.dir;
  const [snapshot, setSnapshot] = useState<AutosaveSnapshot>({ state: 'saved', error: null });
  const saver = useRef<Autosaver | null>(null);
  const onSavedRef = useRef(onSaved);
  useEffect(() => {
    onSavedRef.current = onSaved;
  });

  useEffect(() => {
    const created = createAutosaver({
      initial: initialBody,
      delayMs: SAVE_DELAY_MS,
      retryMs: RETRY_DELAY_MS,
      onChange: setSnapshot,
      save: async (body) => {
        await api['documents.update']({ dir, id, body });
        onSavedRef.current();
      },
    });
    saver.current = created;
    return () => {
      saver.current = null;
      void created.flush().finally(() => created.dispose());
    };
  }, [api, dir, id, initialBody]);

  const flush = useCallback(() => saver.current?.flush() ?? Promise.resolve(true), []);
  const change = useCallback((body: string) => saver.current?.change(body), []);

  const { setLeaveGuard } = session;
  useEffect(() => {
    setLeaveGuard(async () => {
      const current = saver.current;
      if (!current || !current.isDirty() || (await current.flush())) return true;
      return dialogs.confirm({
        title: 'Leave without saving?',
        message: `Your latest edits could not be saved (${describeError(current.snapshot().error)}). Stay to keep them and retry.`,
        confirmLabel: 'Leave and discard',
        cancelLabel: 'Stay',
        tone: 'danger',
      });
    });
    return () => setLeaveGuard(null);
  }, [setLeaveGuard, dialogs]);

  useEffect(() => {
    const beforeUnload = (event: BeforeUnloadEvent) => {
      if (saver.current?.isDirty()) event.preventDefault();
    };
    const saveKey = (event: KeyboardEvent) => {
      if ((event.ctrlKey || event.metaKey) && event.key.toLowerCase() === 's') {
        event.preventDefault();
        void saver.current?.flush();
      }
    };
    window.addEventListener('beforeunload', beforeUnload);
    window.addEventListener('keydown', saveKey);
    return () => {
      window.removeEventListener('beforeunload', beforeUnload);
      window.removeEventListener('keydown', saveKey);
    };
  }, []);

  return { snapshot, change, flush };
};
