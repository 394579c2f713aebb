import { useRef, useState, type KeyboardEvent } from 'react';
import { describeError } from '../../components/errors';
import { SaveIndicator } from '../../components/SaveIndicator';
import { DocumentControlSection } from './DocumentControlSection';
import { OPERATIONAL_GROUPS, ParametersSection } from './ParametersSection';
import { PolicyDecisionsSection } from './PolicyDecisionsSection';
import { POLICY_DECISION_KEYS } from '../../../../core/model/policy-decisions';
import { PeopleSection } from './PeopleSection';
import type { FieldErrors } from './profile-draft';
import { ProfileSection } from './ProfileSection';
import { ScopeSection } from './ScopeSection';
import { useProfileEditor } from './use-profile-editor';

const DECISION_PREFIXES = POLICY_DECISION_KEYS.filter((k) => k !== 'classificationLevels').map(
  (k) => `parameters.${k}`,
);
const PARAMETER_PREFIXES = OPERATIONAL_GROUPS.flatMap((g) => g.fields).map(
  (f) => `parameters.${f.key}`,
);

const TABS = [
  {
    key: 'profile',
    label: 'Profile',
    prefixes: [
      'organisation.name',
      'organisation.legalName',
      'organisation.shortName',
      'organisation.description',
      'organisation.address',
      'organisation.website',
      'organisation.industry',
      'organisation.headcount',
      'organisation.logo',
    ],
  },
  {
    key: 'scope',
    label: 'Scope and locations',
    prefixes: ['organisation.scope', 'organisation.locations'],
  },
  {
    key: 'documents',
    label: 'Documents and classification',
    prefixes: [
      'organisation.documentIdPrefix',
      'organisation.reviewCycleMonths',
      'organisation.classification',
    ],
  },
  { key: 'people', label: 'People and roles', prefixes: ['people', 'roles', 'roleSetup'] },
  { key: 'decisions', label: 'Policy decisions', prefixes: DECISION_PREFIXES },
  { key: 'parameters', label: 'Policy parameters', prefixes: PARAMETER_PREFIXES },
] as const;
export type TabKey = (typeof TABS)[number]['key'];

const isTab = (value: string | undefined): value is TabKey => TABS.some((t) => t.key === value);

const errorCount = (errors: FieldErrors, prefixes: readonly string[]) =>
  Object.keys(errors).filter((key) => prefixes.some((p) => key === p || key.startsWith(`${p}.`)))
    .length;

/** The organisation profile, people, roles and policy parameters, saved as you type. */
export const OrganisationPage = ({ initialTab }: { initialTab?: string | undefined }) => {
  const editor = useProfileEditor();
  const [tab, setTab] = useState<TabKey>(isTab(initialTab) ? initialTab : 'profile');
  const tabRefs = useRef<Partial<Record<TabKey, HTMLButtonElement | null>>>({});
  const { draft, errors, edit, lockedIds } = editor;

  const onTabKey = (event: KeyboardEvent, index: number) => {
    const step = event.key === 'ArrowRight' ? 1 : event.key === 'ArrowLeft' ? -1 : 0;
    if (!step) return;
    event.preventDefault();
    const next = TABS[(index + step + TABS.length) % TABS.length]!.key;
    setTab(next);
    tabRefs.current[next]?.focus();
  };

  return (
    <div className="page">
      <div className="page-header">
        <div>
          <h1>Organisation</h1>
          <p className="muted">
            Every document is filled from these answers. Changes save automatically.
          </p>
        </div>
        {draft ? (
          <SaveIndicator state={editor.state} detail={editor.detail} testId="profile-save-state" />
        ) : null}
      </div>
      {editor.detail && editor.state !== 'saving' ? (
        <p
          className={`banner ${editor.state === 'error' ? 'banner-error' : 'banner-warning'}`}
          role="alert"
        >
          {editor.state === 'error'
            ? `Not saved: ${editor.detail} Retrying shortly.`
            : editor.detail}
        </p>
      ) : null}
      {editor.loadError ? (
        <p className="banner banner-error" role="alert">
          Could not load the profile: {describeError(editor.loadError)}
        </p>
      ) : null}
      {draft ? (
        <>
          <div className="tabs tabs-wrap" role="tablist" aria-label="Organisation sections">
            {TABS.map((t, index) => {
              const count = errorCount(errors, t.prefixes);
              return (
                <button
                  key={t.key}
                  ref={(el) => void (tabRefs.current[t.key] = el)}
                  type="button"
                  role="tab"
                  id={`tab-${t.key}`}
                  aria-selected={tab === t.key}
                  aria-controls={`panel-${t.key}`}
                  tabIndex={tab === t.key ? 0 : -1}
                  className="tab"
                  data-testid={`org-tab-${t.key}`}
                  onClick={() => setTab(t.key)}
                  onKeyDown={(event) => onTabKey(event, index)}
                >
                  {t.label}
                  {count > 0 ? (
                    <span className="badge badge-error" aria-label={`${count} errors`}>
                      {count}
                    </span>
                  ) : null}
                </button>
              );
            })}
          </div>
          <section
            className="tab-panel"
            role="tabpanel"
            id={`panel-${tab}`}
            aria-labelledby={`tab-${tab}`}
          >
            {tab === 'profile' ? (
              <ProfileSection draft={draft} errors={errors} edit={edit} />
            ) : null}
            {tab === 'scope' ? <ScopeSection draft={draft} errors={errors} edit={edit} /> : null}
            {tab === 'documents' ? (
              <DocumentControlSection draft={draft} errors={errors} edit={edit} />
            ) : null}
            {tab === 'people' ? (
              <PeopleSection draft={draft} errors={errors} edit={edit} lockedIds={lockedIds} />
            ) : null}
            {tab === 'decisions' ? (
              <PolicyDecisionsSection
                draft={draft}
                errors={errors}
                edit={edit}
                onEditClassification={() => setTab('documents')}
              />
            ) : null}
            {tab === 'parameters' ? (
              <ParametersSection draft={draft} errors={errors} edit={edit} />
            ) : null}
          </section>
        </>
      ) : (
        <p className="muted">Loading…</p>
      )}
    </div>
  );
};
