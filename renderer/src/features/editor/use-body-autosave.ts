import { useCallback, useEffect, useRef, useState } from 'react';
import { useSession } from '../../app/navigation';
import { useServices } from '../../app/services';
import { textRevision } from '../../../../core/model/text-revision';
import type { DocumentMeta } from '../../../../core/model/workspace';
import { describeError } from '../../components/errors';
import { createAutosaver, type Autosaver, type AutosaveSnapshot } from './autosave';
import { isBodyConflict } from './body-conflict';

const SAVE_DELAY_MS = 800;
const RETRY_DELAY_MS = 5000;

export type BodyAutosave = {
  snapshot: AutosaveSnapshot;
  change: (body: string) => void;
  /** Saves now; resolves true when the latest text is on disk. */
  flush: () => Promise<boolean>;
  /** The editor's latest text, saved or not. */
  text: () => string;
  /** Saves from now on over the body at `revision`: the user has seen that text (and kept it). */
  rebase: (revision: string) => void;
  /** Counts the editor's text as kept elsewhere (as a copy): nothing is left to save here. */
  settle: () => void;
};

/**
 * Autosaves the body ~800 ms after typing stops, retries failures, saves on Ctrl/Cmd+S, and
 * guards navigation and window closing while an edit is not yet saved. Each save names the
 * revision of the text it replaces, so a body changed on disk by another program is never
 * overwritten: that save fails as a conflict, and waits for the user's choice.
 */
export const useBodyAutosave = (
  id: string,
  initialBody: string,
  /** Called with each save's answer (the saved metadata) and the text it saved. */
  onSaved: (saved: DocumentMeta, body: string) => void,
  initialRevision: string = textRevision(initialBody),
): BodyAutosave => {
  const { api, dialogs } = useServices();
  const session = useSession();
  const dir = session.workspace.dir;
  const [snapshot, setSnapshot] = useState<AutosaveSnapshot>({ state: 'saved', error: null });
  const shown = useRef(snapshot);
  const saver = useRef<Autosaver | null>(null);
  const base = useRef(initialRevision);
  const onSavedRef = useRef(onSaved);
  useEffect(() => {
    onSavedRef.current = onSaved;
  });

  useEffect(() => {
    base.current = initialRevision;
    const created = createAutosaver({
      initial: initialBody,
      delayMs: SAVE_DELAY_MS,
      retryMs: RETRY_DELAY_MS,
      // Each keystroke notifies; React hears only of a change in the state shown (a state
      // update, even one React then drops as unchanged, can render the whole editor screen).
      onChange: (next) => {
        const previous = shown.current;
        if (previous.state === next.state && previous.error === next.error) return;
        shown.current = next;
        setSnapshot(next);
      },
      retryable: (error) => !isBodyConflict(error),
      save: async (body) => {
        const saved = await api['documents.update']({ dir, id, body, baseRevision: base.current });
        base.current = textRevision(body);
        onSavedRef.current(saved, body);
      },
    });
    saver.current = created;
    return () => {
      saver.current = null;
      void created.flush().finally(() => created.dispose());
    };
  }, [api, dir, id, initialBody, initialRevision]);

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

  const text = useCallback(() => saver.current?.text() ?? initialBody, [initialBody]);
  const rebase = useCallback((revision: string) => {
    base.current = revision;
  }, []);
  const settle = useCallback(() => saver.current?.settle(), []);
  return { snapshot, change, flush, text, rebase, settle };
};
