import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { SaveState } from '../../components/SaveIndicator';
import { describeError } from '../../components/errors';
import { fromDraft, toDraft, validateEntry, type Draft, type DraftValue } from './form-draft';
import type { Entry, Lookups, RegisterSpec } from './register-spec';

const SAVE_DELAY_MS = 600;
const RETRY_DELAY_MS = 4000;

type Phase = { saving: boolean; error: string | null; attempt: number };

export type EntryDraft = {
  draft: Draft;
  set: (key: string, value: DraftValue) => void;
  validation: ReturnType<typeof validateEntry>;
  dirty: boolean;
  state: SaveState;
  detail: string | null;
  /** Saves pending valid changes now; false when they are invalid or the save failed. */
  flush: () => Promise<boolean>;
};

/**
 * The form state of one entry. With `save`, valid changes are saved ~600 ms after typing stops
 * and a failed save is retried; without it (a new entry) nothing is saved until the user asks.
 */
export const useEntryDraft = (
  spec: RegisterSpec,
  entry: Entry,
  lookups: Lookups,
  save: ((value: Record<string, unknown>) => Promise<void>) | null,
): EntryDraft => {
  const [draft, setDraft] = useState<Draft>(() => toDraft(spec, entry));
  const [savedKey, setSavedKey] = useState(() => JSON.stringify(toDraft(spec, entry)));
  const [phase, setPhase] = useState<Phase>({ saving: false, error: null, attempt: 0 });
  const isNew = save === null;
  const validation = useMemo(
    () => validateEntry(spec, fromDraft(spec, entry, draft), lookups, isNew),
    [spec, entry, draft, lookups, isNew],
  );
  const key = JSON.stringify(draft);
  const dirty = key !== savedKey;

  const run = useCallback(
    async (value: Record<string, unknown>, sentKey: string): Promise<boolean> => {
      if (!save) return false;
      setPhase((p) => ({ ...p, saving: true }));
      try {
        await save(value);
        setSavedKey(sentKey);
        setPhase({ saving: false, error: null, attempt: 0 });
        return true;
      } catch (error) {
        setPhase((p) => ({ saving: false, error: describeError(error), attempt: p.attempt + 1 }));
        return false;
      }
    },
    [save],
  );

  useEffect(() => {
    if (!save || !dirty || !validation.ok || phase.saving) return;
    const value = validation.value;
    const timer = setTimeout(
      () => void run(value, key),
      phase.error ? RETRY_DELAY_MS : SAVE_DELAY_MS,
    );
    return () => clearTimeout(timer);
  }, [save, dirty, validation, phase.saving, phase.error, phase.attempt, run, key]);

  const latest = useRef({ dirty, validation, key });
  useEffect(() => {
    latest.current = { dirty, validation, key };
  });
  const flush = useCallback(async () => {
    const now = latest.current;
    if (!now.dirty) return true;
    return now.validation.ok ? run(now.validation.value, now.key) : false;
  }, [run]);

  const set = useCallback(
    (field: string, value: DraftValue) => setDraft((d) => ({ ...d, [field]: value })),
    [],
  );
  const state: SaveState = phase.saving
    ? 'saving'
    : phase.error
      ? 'error'
      : dirty
        ? 'unsaved'
        : 'saved';
  const detail =
    phase.error ?? (dirty && !validation.ok ? 'Fix the highlighted fields to save.' : null);
  return { draft, set, validation, dirty, state, detail, flush };
};
