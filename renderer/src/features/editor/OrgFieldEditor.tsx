import { useEffect, useId, useRef, useState } from 'react';
import type { Profile } from '../../../../core/api/contract';
import { useSession } from '../../app/navigation';
import { useServices } from '../../app/services';
import { describeError } from '../../components/errors';
import type { EditableOrganisationKey } from './fields-list';

const SAVE_DELAY_MS = 600;

type OrgFieldEditorProps = {
  field: string;
  orgKey: EditableOrganisationKey;
  profile: Profile;
  /** Called with the saved profile so the preview can render again. */
  onSaved: (profile: Profile) => void;
};

/** Edits one organisation text field in place and saves it to the profile after a pause. */
export const OrgFieldEditor = ({ field, orgKey, profile, onSaved }: OrgFieldEditorProps) => {
  const { api } = useServices();
  const session = useSession();
  const id = useId();
  const stored = profile.organisation[orgKey];
  const [value, setValue] = useState(stored);
  const [status, setStatus] = useState<{ saving: boolean; error: string | null }>({
    saving: false,
    error: null,
  });
  const latest = useRef({ profile, onSaved, session });
  useEffect(() => {
    latest.current = { profile, onSaved, session };
  });

  useEffect(() => {
    if (value.trim() === stored) return;
    const timer = setTimeout(() => {
      const { profile: current, onSaved: done, session: s } = latest.current;
      setStatus({ saving: true, error: null });
      api['profile.update']({
        dir: s.workspace.dir,
        patch: { organisation: { ...current.organisation, [orgKey]: value } },
      }).then(
        (saved) => {
          setStatus({ saving: false, error: null });
          done(saved);
          if (orgKey === 'name') s.renameWorkspace(saved.organisation.name);
        },
        (error: unknown) => setStatus({ saving: false, error: describeError(error) }),
      );
    }, SAVE_DELAY_MS);
    return () => clearTimeout(timer);
  }, [api, orgKey, value, stored]);

  return (
    <div className="org-field-editor">
      <label htmlFor={id} className="visually-hidden">
        Value of {field}
      </label>
      <input
        id={id}
        value={value}
        placeholder="Type a value"
        data-testid={`field-input-${field}`}
        aria-invalid={status.error ? true : undefined}
        onChange={(event) => setValue(event.target.value)}
      />
      <span className="org-field-status" role="status">
        {status.saving ? 'Saving…' : status.error ? `Not saved: ${status.error}` : ''}
      </span>
    </div>
  );
};
