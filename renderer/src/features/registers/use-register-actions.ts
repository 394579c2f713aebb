import { useCallback, useRef } from 'react';
import { useServices } from '../../app/services';
import { describeError } from '../../components/errors';
import type { ImportProblem, RegisterClient, TransferFormat } from './register-client';
import { entryId, entryLabel, type Entry, type RegisterSpec } from './register-spec';
import type { EntryDraft } from './use-entry-draft';

export type Selection = { mode: 'edit'; id: string } | { mode: 'new' } | null;

type Deps = {
  spec: RegisterSpec;
  client: RegisterClient;
  entries: readonly Entry[] | undefined;
  reload: () => void;
  replace: (entries: Entry[]) => void;
  selection: Selection;
  setSelection: (next: Selection) => void;
  setProblems: (problems: { file: string; problems: readonly ImportProblem[] } | null) => void;
};

const IMPORT_TYPES = ['.csv', '.xlsx'];

/** Adding, saving, deleting, importing and exporting entries, with messages for the user. */
export const useRegisterActions = (deps: Deps) => {
  const { dialogs, toasts, platform } = useServices();
  const { spec, client, entries, reload, replace, selection, setSelection, setProblems } = deps;
  const draft = useRef<EntryDraft | null>(null);
  const onDraft = useCallback((next: EntryDraft | null) => void (draft.current = next), []);

  /** Saves the open form, or asks before dropping changes that cannot be saved. */
  const mayLeaveEntry = useCallback(async () => {
    const open = draft.current;
    if (!open?.dirty || selection?.mode === 'new') return true;
    if (await open.flush()) return true;
    return dialogs.confirm({
      title: 'Leave without saving?',
      message: open.validation.ok
        ? 'The latest changes to this entry could not be saved.'
        : `Some fields are invalid, so the latest changes are not saved: ${Object.keys(open.validation.errors).length} to fix.`,
      confirmLabel: 'Discard changes',
      cancelLabel: 'Stay',
      tone: 'danger',
    });
  }, [dialogs, selection]);

  const select = useCallback(
    async (next: Selection) => {
      if (await mayLeaveEntry()) setSelection(next);
    },
    [mayLeaveEntry, setSelection],
  );

  const save = useCallback(
    async (id: string, value: Record<string, unknown>) => {
      const saved = await client.update(id, value);
      if (entries) replace(entries.map((entry) => (entryId(spec, entry) === id ? saved : entry)));
    },
    [client, entries, replace, spec],
  );

  const create = useCallback(
    async (value: Record<string, unknown>) => {
      try {
        const saved = await client.create(value);
        const id = entryId(spec, saved);
        toasts.show('success', `Added ${entryLabel(spec, saved)}.`);
        replace([...(entries ?? []), saved]);
        setSelection({ mode: 'edit', id });
        return true;
      } catch (error) {
        toasts.show('error', `Could not add the ${spec.singular}: ${describeError(error)}`);
        return false;
      }
    },
    [client, entries, replace, setSelection, spec, toasts],
  );

  const remove = useCallback(
    async (entry: Entry) => {
      const id = entryId(spec, entry);
      try {
        const references = await client.references(id);
        const ok = await dialogs.confirm({
          title: `Delete ${entryLabel(spec, entry)}?`,
          message:
            references.length > 0
              ? `${references.length} ${references.length === 1 ? 'entry refers' : 'entries refer'} to ${id}. They will keep a reference to an entry that no longer exists until you change them; the check lists them.`
              : `The ${spec.singular} will be removed. Its id ${id} will not be given to another entry.`,
          items: references.map((ref) => `${ref.register}: ${ref.id} ${ref.label}`.trim()),
          confirmLabel: `Delete ${id}`,
          tone: 'danger',
        });
        if (!ok) return;
        await client.remove(id);
        toasts.show('success', `Deleted ${id}.`);
        if (selection?.mode === 'edit' && selection.id === id) setSelection(null);
        reload();
      } catch (error) {
        toasts.show('error', `Could not delete ${id}: ${describeError(error)}`);
      }
    },
    [client, dialogs, reload, selection, setSelection, spec, toasts],
  );

  const exportAs = useCallback(
    async (format: TransferFormat) => {
      try {
        const file = await client.exportFile(format);
        const saved = await platform.saveFile(file.fileName, file.data);
        if (saved) toasts.show('success', `Exported ${spec.title} to ${saved}.`);
      } catch (error) {
        toasts.show('error', `Could not export ${spec.title}: ${describeError(error)}`);
      }
    },
    [client, platform, spec.title, toasts],
  );

  const importFile = useCallback(async () => {
    if (!(await mayLeaveEntry())) return;
    try {
      const file = await platform.openFile(IMPORT_TYPES);
      if (!file) return;
      const outcome = await client.importFile(file.name, file.base64);
      if (!outcome.ok) return setProblems({ file: file.name, problems: outcome.problems });
      setProblems(null);
      setSelection(null);
      toasts.show(
        'success',
        `Imported ${outcome.count} ${spec.title.toLowerCase()} from ${file.name}.`,
      );
      reload();
    } catch (error) {
      toasts.show('error', `Could not import: ${describeError(error)}`);
    }
  }, [client, mayLeaveEntry, platform, reload, setProblems, setSelection, spec.title, toasts]);

  return { onDraft, mayLeaveEntry, select, save, create, remove, exportAs, importFile };
};
