import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { Profile } from '../../../../core/api/contract';
import { useSession } from '../../app/navigation';
import { useServices } from '../../app/services';
import { describeError } from '../../components/errors';
import type { SaveState } from '../../components/SaveIndicator';
import { changedParts, validateProfile, type FieldErrors } from './profile-draft';
import { savableDraft } from './savable-draft';

const SAVE_DELAY_MS = 600;
const RETRY_DELAY_MS = 4000;

export type ProfileEditor = {
  draft: Profile | null;
  loadError: unknown;
  errors: FieldErrors;
  state: SaveState;
  detail: string | null;
  /** Applies a change to a copy of the draft; the copy may be mutated freely. */
  edit: (change: (draft: Profile) => void) => void;
  /** IDs of the people as loaded; other records may point at them. */
  lockedIds: ReadonlySet<string>;
};

type Phase = { saving: boolean; error: string | null; attempt: number };

/**
 * Loads the profile, validates every edit and saves the valid changes ~600 ms after typing stops:
 * an invalid field stays marked and unsaved without holding back the others.
 */
export const useProfileEditor = (): ProfileEditor => {
  const { api } = useServices();
  const session = useSession();
  const dir = session.workspace.dir;
  const [loaded, setLoaded] = useState<Profile | null>(null);
  const [saved, setSaved] = useState<Profile | null>(null);
  const [draft, setDraft] = useState<Profile | null>(null);
  const [loadError, setLoadError] = useState<unknown>(null);
  const [phase, setPhase] = useState<Phase>({ saving: false, error: null, attempt: 0 });

  useEffect(() => {
    let live = true;
    api['profile.get']({ dir }).then(
      (profile) => {
        if (!live) return;
        setLoaded(profile);
        setSaved(profile);
        setDraft(profile);
      },
      (error: unknown) => live && setLoadError(error),
    );
    return () => {
      live = false;
    };
  }, [api, dir]);

  const errors = useMemo(() => (draft ? validateProfile(draft) : {}), [draft]);
  const valid = Object.keys(errors).length === 0;
  const dirty = useMemo(
    () => !!saved && !!draft && Object.keys(changedParts(saved, draft)).length > 0,
    [saved, draft],
  );
  // What can be saved now: the draft with its invalid fields back at their saved values.
  const savable = useMemo(
    () => (saved && draft && dirty ? savableDraft(saved, draft) : null),
    [saved, draft, dirty],
  );
  const patch = useMemo(
    () => (saved && savable ? changedParts(saved, savable) : {}),
    [saved, savable],
  );
  const pending = Object.keys(patch).length > 0;

  const save = useCallback(
    async (snapshot: Profile, changes: Partial<Profile>): Promise<boolean> => {
      setPhase((p) => ({ ...p, saving: true }));
      try {
        const result = await api['profile.update']({ dir, patch: changes });
        // Compare later edits with what was sent, not the normalised answer, so trimming on the
        // server cannot make the draft look changed forever.
        setSaved(snapshot);
        setPhase({ saving: false, error: null, attempt: 0 });
        if (changes.organisation) session.renameWorkspace(result.organisation.name);
        return true;
      } catch (error) {
        setPhase((p) => ({ saving: false, error: describeError(error), attempt: p.attempt + 1 }));
        return false;
      }
    },
    [api, dir, session],
  );

  useEffect(() => {
    if (!savable || !pending || phase.saving) return;
    const timer = setTimeout(
      () => void save(savable, patch),
      phase.error ? RETRY_DELAY_MS : SAVE_DELAY_MS,
    );
    return () => clearTimeout(timer);
  }, [savable, patch, pending, phase.saving, phase.error, phase.attempt, save]);

  const latest = useRef({ savable, patch, pending, dirty, valid });
  useEffect(() => {
    latest.current = { savable, patch, pending, dirty, valid };
  });
  const { setLeaveGuard } = session;
  const { dialogs } = useServices();
  useEffect(() => {
    setLeaveGuard(async () => {
      const now = latest.current;
      if (!now.dirty) return true;
      const savedNow = !now.pending || (!!now.savable && (await save(now.savable, now.patch)));
      if (savedNow && now.valid) return true;
      return dialogs.confirm({
        title: 'Leave without saving?',
        message: savedNow
          ? 'The highlighted profile fields are invalid and are not saved; your other changes are saved.'
          : 'The latest profile changes could not be saved.',
        confirmLabel: 'Leave and discard',
        cancelLabel: 'Stay',
        tone: 'danger',
      });
    });
    return () => setLeaveGuard(null);
  }, [setLeaveGuard, save, dialogs]);

  // A reload or closing the window with an unsaved or invalid edit asks first, as the editor does.
  useEffect(() => {
    const beforeUnload = (event: BeforeUnloadEvent) => {
      if (latest.current.dirty) event.preventDefault();
    };
    window.addEventListener('beforeunload', beforeUnload);
    return () => window.removeEventListener('beforeunload', beforeUnload);
  }, []);

  const edit = useCallback((change: (draft: Profile) => void) => {
    setDraft((current) => {
      if (!current) return current;
      const next = structuredClone(current);
      change(next);
      return next;
    });
  }, []);

  const state: SaveState = phase.saving
    ? 'saving'
    : phase.error
      ? 'error'
      : dirty
        ? 'unsaved'
        : 'saved';
  const detail =
    phase.error ??
    (dirty && !valid
      ? 'The highlighted fields are not saved until they are fixed; other changes save as usual.'
      : null);
  const lockedIds = useMemo(() => new Set(loaded?.people.map((p) => p.id)), [loaded]);
  return { draft, loadError, errors, state, detail, edit, lockedIds };
};
