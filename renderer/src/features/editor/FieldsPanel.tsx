import { Fragment } from 'react';
import type { Profile } from '../../../../core/api/contract';
import { editableOrganisationKey, type FieldEntry } from './fields-list';
import { OrgFieldEditor } from './OrgFieldEditor';

type FieldsPanelProps = {
  entries: readonly FieldEntry[];
  profile: Profile | undefined;
  onJump: (entry: FieldEntry) => void;
  onProfileSaved: (profile: Profile) => void;
};

// Long dotted names wrap after a dot rather than in the middle of a word.
const withBreaks = (field: string) =>
  field.split('.').map((part, index) => (
    <Fragment key={index}>
      {index > 0 ? '.' : ''}
      {index > 0 ? <wbr /> : null}
      {part}
    </Fragment>
  ));

/** The fields this document prints, unfilled first; organisation text fields are editable here. */
export const FieldsPanel = ({ entries, profile, onJump, onProfileSaved }: FieldsPanelProps) => {
  const unfilled = entries.filter((e) => e.unfilled).length;
  return (
    <div className="fields-panel" data-testid="fields-panel">
      <p className="panel-summary" data-testid="unfilled-count" data-count={unfilled}>
        {unfilled === 0
          ? 'Every field is filled.'
          : `${unfilled} of ${entries.length} fields unfilled.`}
      </p>
      {entries.length === 0 ? <p className="muted">This document uses no fields.</p> : null}
      <ul className="field-list">
        {entries.map((entry) => {
          const orgKey = editableOrganisationKey(entry.field);
          return (
            <li
              key={entry.field}
              className={entry.unfilled ? 'field-item field-item-unfilled' : 'field-item'}
              data-testid="field-item"
              data-field={entry.field}
              data-unfilled={entry.unfilled}
            >
              <div className="field-item-row">
                <button
                  type="button"
                  className="field-name"
                  onClick={() => onJump(entry)}
                  title={`Go to line ${entry.line}`}
                >
                  <span className="mono">{withBreaks(entry.field)}</span>
                </button>
                <span className="field-meta">
                  {entry.unfilled ? <span className="badge badge-warning">Unfilled</span> : null}
                  <span className="muted">L{entry.line}</span>
                </span>
              </div>
              {orgKey && profile ? (
                <OrgFieldEditor
                  field={entry.field}
                  orgKey={orgKey}
                  profile={profile}
                  onSaved={onProfileSaved}
                />
              ) : null}
            </li>
          );
        })}
      </ul>
    </div>
  );
};
