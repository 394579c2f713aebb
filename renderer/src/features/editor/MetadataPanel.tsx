import { useState } from 'react';
import type { ApiInput, Profile } from '../../../../core/api/contract';
import {
  DOCUMENT_STATUSES,
  versionSchema,
  type DocumentMeta,
} from '../../../../core/model/workspace';
import { useSession } from '../../app/navigation';
import { useServices } from '../../app/services';
import { SelectField, TextField } from '../../components/Field';
import { describeError } from '../../components/errors';
import { statusLabel } from '../../components/StatusBadge';

type MetaPatch = NonNullable<ApiInput<'documents.update'>['meta']>;

type MetadataPanelProps = {
  meta: DocumentMeta;
  profile: Profile | undefined;
  onSaved: (meta: DocumentMeta) => void;
};

const DATE = /^\d{4}-\d{2}-\d{2}$/;

/** Title, owner, approver, classification, version, status and review date of the document. */
export const MetadataPanel = ({ meta, profile, onSaved }: MetadataPanelProps) => {
  const { api } = useServices();
  const { workspace } = useSession();
  const [title, setTitle] = useState(meta.title);
  const [version, setVersion] = useState(meta.version);
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
  const versionError = versionSchema.safeParse(version).success
    ? undefined
    : 'Use a version such as 1.0.';
  const titleError = title.trim() ? undefined : 'Required.';

  // Text fields save when they lose focus or on Enter, not on every keystroke.
  const commitText = () => {
    const patch: MetaPatch = {};
    if (!titleError && title.trim() !== meta.title) patch.title = title.trim();
    if (!versionError && version !== meta.version) patch.version = version;
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
      <SelectField
        label="Status"
        value={meta.status}
        options={DOCUMENT_STATUSES.map((s) => ({ value: s, label: statusLabel(s) }))}
        testId="meta-status"
        onChange={(value) => {
          const status = DOCUMENT_STATUSES.find((s) => s === value);
          if (status) void save({ status });
        }}
      />
      <TextField
        label="Version"
        value={version}
        error={versionError}
        testId="meta-version"
        onChange={setVersion}
        onBlur={commitText}
      />
      <TextField
        label="Next review date"
        type="date"
        value={meta.nextReviewDate ?? ''}
        testId="meta-nextReviewDate"
        onChange={(value) => {
          if (value === '' || DATE.test(value)) void save({ nextReviewDate: value || null });
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
