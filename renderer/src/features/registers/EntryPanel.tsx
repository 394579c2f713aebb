import { Fragment, useEffect, useId, useState, type FormEvent } from 'react';
import { Icon } from '../../components/Icon';
import { SaveIndicator } from '../../components/SaveIndicator';
import { CellValue } from './CellValue';
import { editableFields, errorSummary } from './form-draft';
import { FormField } from './FormField';
import { entryLabel, type Entry, type Lookups, type RegisterSpec } from './register-spec';
import { useEntryDraft, type EntryDraft } from './use-entry-draft';

type EntryPanelProps = {
  spec: RegisterSpec;
  /** The entry being edited, or an empty object for a new one. */
  entry: Entry;
  isNew: boolean;
  lookups: Lookups;
  /** Saves an edited entry (autosave); absent for a new entry. */
  onSave: (value: Record<string, unknown>) => Promise<void>;
  /** Adds a new entry; resolves false when the backend refused it. */
  onCreate: (value: Record<string, unknown>) => Promise<boolean>;
  onDelete: (() => void) | null;
  onClose: () => void;
  /** Receives the draft so the page can save or ask before moving elsewhere. */
  onDraft: (draft: EntryDraft | null) => void;
};

/** Linked ids, each kept whole on its line (a browser would otherwise break R-012 at its hyphen). */
const IdList = ({ ids }: { ids: readonly string[] }) =>
  ids.map((id, i) => (
    <Fragment key={id}>
      {i > 0 ? ', ' : ''}
      <span className="reg-id-item">{id}</span>
    </Fragment>
  ));

const Computed = ({
  spec,
  entry,
  lookups,
}: Pick<EntryPanelProps, 'spec' | 'entry' | 'lookups'>) => {
  const derived = spec.fields.filter((field) => field.derived);
  if (derived.length === 0) return null;
  return (
    <dl className="reg-computed" aria-label="Computed by the app">
      {derived.map((field) => (
        <div key={field.key}>
          <dt>{field.label}</dt>
          <dd data-testid={`computed-${field.key}`}>
            {field.kind === 'references' && Array.isArray(entry[field.key]) ? (
              <IdList ids={entry[field.key] as readonly string[]} />
            ) : (
              <CellValue field={field} value={entry[field.key]} lookups={lookups} />
            )}
          </dd>
        </div>
      ))}
    </dl>
  );
};

/** The form of one entry beside the table: generated from the register's fields, autosaved. */
export const EntryPanel = (props: EntryPanelProps) => {
  const { spec, entry, isNew, lookups, onSave, onCreate, onDelete, onClose, onDraft } = props;
  const form = useEntryDraft(spec, entry, lookups, isNew ? null : onSave);
  const [submitted, setSubmitted] = useState(false);
  const [busy, setBusy] = useState(false);
  const titleId = useId();
  useEffect(() => {
    onDraft(form);
  });
  useEffect(() => () => onDraft(null), [onDraft]);

  const showErrors = !isNew || submitted;
  const errors = showErrors ? form.validation.errors : {};
  const summary = errorSummary(spec, errors);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!isNew) return void form.flush();
    setSubmitted(true);
    if (!form.validation.ok) return;
    setBusy(true);
    const created = await onCreate(form.validation.value);
    setBusy(false);
    if (!created) setSubmitted(true);
  };

  return (
    <aside className="reg-panel" aria-labelledby={titleId} data-testid="entry-panel">
      <form className="reg-panel-form" onSubmit={(event) => void submit(event)} noValidate>
        <header className="reg-panel-header">
          <h2 id={titleId}>{isNew ? `New ${spec.singular}` : entryLabel(spec, entry)}</h2>
          {isNew ? null : (
            <SaveIndicator state={form.state} detail={form.detail} testId="entry-save-state" />
          )}
          <button
            type="button"
            className="icon-button"
            aria-label="Close the form"
            data-testid="entry-close"
            onClick={onClose}
          >
            <Icon name="close" />
          </button>
        </header>
        <div className="reg-panel-body">
          {isNew ? null : <Computed spec={spec} entry={entry} lookups={lookups} />}
          {summary.length > 0 ? (
            <div className="banner banner-error" role="alert" data-testid="entry-errors">
              <p>{isNew ? `The ${spec.singular} cannot be added yet:` : 'Not saved yet:'}</p>
              <ul>
                {summary.map((line) => (
                  <li key={line}>{line}</li>
                ))}
              </ul>
            </div>
          ) : null}
          <div className="form-grid reg-form-grid">
            {editableFields(spec)
              .filter((field) => field.key !== spec.idField || !isNew)
              .map((field) =>
                field.key === spec.idField ? null : (
                  <FormField
                    key={field.key}
                    field={field}
                    value={form.draft[field.key]}
                    error={errors[field.key]}
                    lookups={lookups}
                    onChange={(value) => form.set(field.key, value)}
                  />
                ),
              )}
          </div>
        </div>
        <footer className="reg-panel-footer">
          {onDelete && !isNew ? (
            <button type="button" className="button button-ghost reg-delete" onClick={onDelete}>
              <Icon name="trash" />
              Delete
            </button>
          ) : null}
          <span className="reg-spacer" />
          {isNew ? (
            <>
              <button type="button" className="button" onClick={onClose}>
                Cancel
              </button>
              <button
                type="submit"
                className="button button-primary"
                disabled={busy}
                data-testid="entry-create"
              >
                Add {spec.singular}
              </button>
            </>
          ) : (
            <button type="button" className="button" onClick={onClose} data-testid="entry-done">
              Done
            </button>
          )}
        </footer>
      </form>
    </aside>
  );
};
