import { useCallback, useEffect, useRef, useState } from 'react';
import type { ReviewView } from './review-types';
import { useSession } from '../../app/navigation';
import { useServices } from '../../app/services';
import { describeError } from '../../components/errors';
import { createAutosaver, type Autosaver, type AutosaveSnapshot } from '../editor/autosave';
import { patchOf, type ReviewDraft } from './review-draft';

const SAVE_DELAY_MS = 600;
const RETRY_DELAY_MS = 4000;

export type { ReviewView } from './review-types';

/**
 * Saves the review's discussion, decisions and actions ~600 ms after the last change, retries a
 * failed save, and asks before leaving while a change is not saved.
 */
export const useReviewAutosave = (
  view: ReviewView,
  draft: ReviewDraft,
  onSaved: (view: ReviewView) => void,
) => {
  const { api, dialogs } = useServices();
  const session = useSession();
  const dir = session.workspace.dir;
  const id = view.review.id;
  const [snapshot, setSnapshot] = useState<AutosaveSnapshot>({ state: 'saved', error: null });
  const saver = useRef<Autosaver | null>(null);
  const onSavedRef = useRef(onSaved);
  useEffect(() => {
    onSavedRef.current = onSaved;
  });
  const [initial] = useState(() => JSON.stringify(patchOf(draft)));

  useEffect(() => {
    const created = createAutosaver({
      initial,
      delayMs: SAVE_DELAY_MS,
      retryMs: RETRY_DELAY_MS,
      onChange: setSnapshot,
      save: async (body) => {
        const saved = await api['reviews.update']({ dir, id, patch: JSON.parse(body) as never });
        onSavedRef.current(saved);
      },
    });
    saver.current = created;
    return () => {
      saver.current = null;
      void created.flush().finally(() => created.dispose());
    };
  }, [api, dir, id, initial]);

  useEffect(() => {
    saver.current?.change(JSON.stringify(patchOf(draft)));
  }, [draft]);

  const { setLeaveGuard } = session;
  useEffect(() => {
    setLeaveGuard(async () => {
      const current = saver.current;
      if (!current || !current.isDirty() || (await current.flush())) return true;
      return dialogs.confirm({
        title: 'Leave without saving?',
        message: `The latest changes to ${id} could not be saved (${describeError(current.snapshot().error)}). Stay to keep them and retry.`,
        confirmLabel: 'Leave and discard',
        cancelLabel: 'Stay',
        tone: 'danger',
      });
    });
    return () => setLeaveGuard(null);
  }, [setLeaveGuard, dialogs, id]);

  const flush = useCallback(() => saver.current?.flush() ?? Promise.resolve(true), []);
  return { snapshot, flush };
};
