import { memo, useState } from 'react';
import type { ApiOutput, Profile } from '../../../../core/api/contract';
import { HistoryPanel } from '../doccontrol/HistoryPanel';
import { LifecycleActions } from '../doccontrol/LifecycleActions';
import type { DocumentMeta } from '../../../../core/model/workspace';
import { FieldsPanel } from './FieldsPanel';
import type { FieldEntry } from './fields-list';
import { MetadataPanel } from './MetadataPanel';

type SidePanelProps = {
  entries: readonly FieldEntry[];
  meta: DocumentMeta;
  profile: Profile | undefined;
  onJump: (entry: FieldEntry) => void;
  onMetaSaved: (meta: DocumentMeta) => void;
  onProfileSaved: (profile: Profile) => void;
  control: ApiOutput<'documents.control'> | undefined;
  flush: () => Promise<boolean>;
};

type Tab = 'fields' | 'details' | 'history';

/** Fields and document details, one at a time; re-rendered only when its props change. */
export const SidePanel = memo(function SidePanel(props: SidePanelProps) {
  const [tab, setTab] = useState<Tab>('fields');
  const unfilled = props.entries.filter((e) => e.unfilled).length;
  const tabs: { key: Tab; label: string }[] = [
    { key: 'fields', label: 'Fields' },
    { key: 'details', label: 'Details' },
    { key: 'history', label: 'History' },
  ];
  return (
    <aside className="side-panel" aria-label="Document fields and details" data-testid="side-panel">
      <div className="tabs tabs-compact" role="tablist" aria-label="Side panel">
        {tabs.map((t) => (
          <button
            key={t.key}
            type="button"
            role="tab"
            id={`side-tab-${t.key}`}
            aria-selected={tab === t.key}
            aria-controls={`side-panel-${t.key}`}
            className="tab"
            data-testid={`side-tab-${t.key}`}
            onClick={() => setTab(t.key)}
          >
            {t.label}
            {t.key === 'fields' && unfilled > 0 ? (
              <span className="badge badge-warning">{unfilled}</span>
            ) : null}
          </button>
        ))}
      </div>
      <div
        className="side-panel-body"
        role="tabpanel"
        id={`side-panel-${tab}`}
        aria-labelledby={`side-tab-${tab}`}
      >
        {tab === 'fields' ? (
          <FieldsPanel
            entries={props.entries}
            profile={props.profile}
            onJump={props.onJump}
            onProfileSaved={props.onProfileSaved}
          />
        ) : tab === 'details' ? (
          <>
            <LifecycleActions
              meta={props.meta}
              view={props.control?.view}
              profile={props.profile}
              flush={props.flush}
              onChanged={props.onMetaSaved}
            />
            <MetadataPanel
              key={props.meta.updatedAt + props.meta.id}
              meta={props.meta}
              profile={props.profile}
              onSaved={props.onMetaSaved}
            />
          </>
        ) : (
          <HistoryPanel id={props.meta.id} control={props.control} />
        )}
      </div>
    </aside>
  );
});
