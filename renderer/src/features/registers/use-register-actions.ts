import { useCallback, useRef } from 'react';
import { ApiCallError } from '../../../../core/api/client';
import { OUTCOME_UNKNOWN } from '../../api/result';
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
        // Pressing Add again after an unconfirmed add gets the first add's answer, and the list
        // read again since may already hold that entry.
        replace([...(entries ?? []).filter((entry) => entryId(spec, entry) !== id), saved]);
        setSelection({ mode: 'edit', id });
        return true;
      } catch (error) {
        if (error instanceof ApiCallError && error.code === OUTCOME_UNKNOWN) {
          // It may have been added: show what the register holds now, not a failure.
          toasts.show(
            'error',
            `Could not confirm whether the ${spec.singular} was saved: the local ISMS Workbench server did not answer. The list has been read again. Pressing Add again with the same values within five minutes does not add it twice.`,
          );
          reload();
          return false;
        }
        toasts.show('error', `Could not add the ${spec.singular}: ${describeError(error)}`);
        return false;
      }
    },
    [client, entries, reload, replace, setSelection, spec, toasts],
  );

  const askToDelete = useCallback(
    (entry: Entry) =>
      dialogs.confirm({
        title: `Delete ${entryLabel(spec, entry)}?`,
        message: `The ${spec.singular} will be removed. Its id ${entryId(spec, entry)} will not be given to another entry.`,
        confirmLabel: 'Delete',
        tone: 'danger',
      }),
    [dialogs, spec],
  );

  // Asks first; when other entries still refer to it, lists them and asks again.
  const remove = useCallback(
    async (entry: Entry) => {
      const id = entryId(spec, entry);
      try {
        if (!(await askToDelete(entry))) return;
        let outcome = await client.remove(id, false);
        if (!outcome.deleted) {
          const count = outcome.references.length;
          const again = await dialogs.confirm({
            title: `${id} is still referred to`,
            message: `${count} ${count === 1 ? 'entry refers' : 'entries refer'} to ${id}. If you delete it, they keep a reference to an entry that no longer exists, and the check reports it until you change them.`,
            items: outcome.references.map((ref) => `${ref.register} ${ref.id} (${ref.label})`),
            confirmLabel: `Delete ${id} anyway`,
            cancelLabel: 'Keep it',
            tone: 'danger',
          });
          if (!again) return;
          outcome = await client.remove(id, true);
        }
        toasts.show('success', `Deleted ${id}.`);
        if (selection?.mode === 'edit' && selection.id === id) setSelection(null);
        reload();
      } catch (error) {
        toasts.show('error', `Could not delete ${id}: ${describeError(error)}`);
      }
    },
    [askToDelete, client, dialogs, reload, selection, setSelection, spec, toasts],
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
