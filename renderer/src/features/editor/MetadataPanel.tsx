import { useState } from 'react';
import type { ApiInput, Profile } from '../../../../core/api/contract';
import type { DocumentMeta } from '../../../../core/model/workspace';
import { useSession } from '../../app/navigation';
import { useServices } from '../../app/services';
import { DateField, SelectField, TextField } from '../../components/Field';
import { describeError } from '../../components/errors';

type MetaPatch = NonNullable<ApiInput<'documents.update'>['meta']>;

type MetadataPanelProps = {
  meta: DocumentMeta;
  profile: Profile | undefined;
  onSaved: (meta: DocumentMeta) => void;
};

const DATE = /^\d{4}-\d{2}-\d{2}$/;

/** Title, owner, nominated approver, classification and record date of the document. */
export const MetadataPanel = ({ meta, profile, onSaved }: MetadataPanelProps) => {
  const { api } = useServices();
  const { workspace } = useSession();
  const [title, setTitle] = useState(meta.title);
  const [error, setError] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);

  const save = async (patch: MetaPatch) => {
    setSaving(true);
    try {
      onSaved(await api['documents.update']({ dir: workspace.dir, id: meta.id, meta: patch }));
      setError(null);
    } catch (failure) {
      setError(describeError(failure));
    } finally {
      setSaving(false);
    }
  };

  const people = [
    { value: '', label: 'Not set' },
    ...(profile?.people ?? []).map((p) => ({ value: p.id, label: p.name })),
  ];
  const levels = (profile?.organisation.classification.levels ?? []).map((l) => ({
    value: l.name,
    label: l.name,
  }));
  if (!levels.some((l) => l.value === meta.classification))
    levels.unshift({ value: meta.classification, label: meta.classification });
  const titleError = title.trim() ? undefined : 'Required.';

  // Text fields save when they lose focus or on Enter, not on every keystroke.
  const commitText = () => {
    const patch: MetaPatch = {};
    if (!titleError && title.trim() !== meta.title) patch.title = title.trim();
    if (Object.keys(patch).length > 0) void save(patch);
  };

  return (
    <form
      className="metadata-panel"
      data-testid="metadata-panel"
      aria-busy={saving}
      onSubmit={(event) => {
        event.preventDefault();
        commitText();
      }}
    >
      <TextField
        label="Title"
        value={title}
        error={titleError}
        testId="meta-title"
        onChange={setTitle}
        onBlur={commitText}
      />
      <SelectField
        label="Owner"
        value={meta.owner ?? ''}
        options={people}
        testId="meta-owner"
        onChange={(value) => void save({ owner: value || null })}
      />
      <SelectField
        label="Approver"
        value={meta.approver ?? ''}
        options={people}
        testId="meta-approver"
        onChange={(value) => void save({ approver: value || null })}
      />
      <SelectField
        label="Classification"
        value={meta.classification}
        options={levels}
        testId="meta-classification"
        onChange={(value) => void save({ classification: value })}
      />
      <DateField
        label="Record date"
        value={meta.recordDate ?? ''}
        testId="meta-recordDate"
        onChange={(value) => {
          if (value === '' || DATE.test(value)) void save({ recordDate: value || null });
        }}
      />
      <p className="panel-note" role="status">
        {saving ? 'Saving…' : error ? '' : `Last changed ${meta.updatedAt}`}
      </p>
      {error ? (
        <p className="field-error" role="alert">
          Not saved: {error}
        </p>
      ) : null}
    </form>
  );
};
