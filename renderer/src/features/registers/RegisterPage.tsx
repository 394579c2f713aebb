import type { ColumnFiltersState } from '@tanstack/react-table';
import { useCallback, useEffect, useMemo, useState, type ReactNode } from 'react';
import { useSession } from '../../app/navigation';
import { describeError } from '../../components/errors';
import { Icon } from '../../components/Icon';
import type { QueryState } from '../../components/use-query';
import { EntryPanel } from './EntryPanel';
import { newEntryDefaults } from './form-draft';
import { ImportProblems } from './ImportProblems';
import type { ImportProblem, RegisterClient } from './register-client';
import { entryId, plural, type Entry, type Lookups, type RegisterSpec } from './register-spec';
import { RegisterTable } from './RegisterTable';
import { RegisterToolbar, type ExternalFilter } from './RegisterToolbar';
import { useRegisterActions, type Selection } from './use-register-actions';
import './registers.css';

type RegisterPageProps = {
  spec: RegisterSpec;
  client: RegisterClient;
  entries: QueryState<Entry[]>;
  lookups: Lookups;
  /** Register-specific content above the table (the risk heat map). */
  above?: ReactNode;
  /** A filter set from outside the table (a heat-map cell), applied before the search. */
  external?: (ExternalFilter & { readonly test: (entry: Entry) => boolean }) | null;
};

const EMPTY: Entry[] = [];

/** One register: a searchable, sortable table and the form of the selected entry. */
export const RegisterPage = (props: RegisterPageProps) => {
  const { spec, client, entries, lookups, above, external = null } = props;
  const session = useSession();
  const [query, setQuery] = useState('');
  const [filters, setFilters] = useState<ColumnFiltersState>([]);
  const [selection, setSelection] = useState<Selection>(null);
  const [shown, setShown] = useState(0);
  const [problems, setProblems] = useState<{
    file: string;
    problems: readonly ImportProblem[];
  } | null>(null);
  const all = entries.data ?? EMPTY;
  const actions = useRegisterActions({
    spec,
    client,
    entries: entries.data,
    reload: entries.reload,
    replace: entries.replace,
    selection,
    setSelection,
    setProblems,
  });
  const { setLeaveGuard } = session;
  const { mayLeaveEntry } = actions;
  useEffect(() => {
    setLeaveGuard(mayLeaveEntry);
    return () => setLeaveGuard(null);
  }, [setLeaveGuard, mayLeaveEntry]);

  const visible = useMemo(() => (external ? all.filter(external.test) : all), [all, external]);
  const selected =
    selection?.mode === 'edit' ? all.find((entry) => entryId(spec, entry) === selection.id) : null;
  const panelOpen = selection?.mode === 'new' || Boolean(selected);
  const newDefaults = useMemo(() => newEntryDefaults(spec), [spec]);
  // Stable, so that the table's rows are not all re-rendered when this page renders.
  const { select, remove } = actions;
  const openEntry = useCallback((id: string) => void select({ mode: 'edit', id }), [select]);
  const removeEntry = useCallback((entry: Entry) => void remove(entry), [remove]);

  return (
    <div className="page page-wide reg-page" data-testid={`register-${spec.name}`}>
      <div className="page-header">
        <div>
          <h1>{spec.title}</h1>
          <p className="muted">{spec.description}</p>
        </div>
        <div className="reg-actions">
          <button
            type="button"
            className="button"
            data-testid="register-import"
            onClick={() => void actions.importFile()}
          >
            <Icon name="upload" />
            Import
          </button>
          <div className="reg-export" role="group" aria-label={`Export ${spec.title}`}>
            {(['csv', 'xlsx'] as const).map((format) => (
              <button
                key={format}
                type="button"
                className="button"
                data-testid={`register-export-${format}`}
                onClick={() => void actions.exportAs(format)}
              >
                <Icon name="download" />
                {format.toUpperCase()}
              </button>
            ))}
          </div>
          {spec.canAdd ? (
            <button
              type="button"
              className="button button-primary"
              data-testid="register-add"
              onClick={() => void actions.select({ mode: 'new' })}
            >
              <Icon name="plus" />
              Add {spec.singular}
            </button>
          ) : null}
        </div>
      </div>
      {above}
      {problems ? (
        <ImportProblems
          file={problems.file}
          problems={problems.problems}
          onDismiss={() => setProblems(null)}
        />
      ) : null}
      {entries.error ? (
        <p className="banner banner-error" role="alert">
          Could not load {spec.title.toLowerCase()}: {describeError(entries.error)}
        </p>
      ) : null}
      <RegisterToolbar
        spec={spec}
        query={query}
        onQuery={setQuery}
        filters={filters}
        onFilters={setFilters}
        external={external}
        shown={shown}
        total={all.length}
      />
      <div className={`reg-body${panelOpen ? ' reg-body-with-panel' : ''}`}>
        {entries.data && all.length === 0 ? (
          <div className="empty-state reg-empty-state">
            <p>No {plural(spec.singular)} yet.</p>
            <p className="muted">
              {spec.canAdd ? `Add the first ${spec.singular}, or import a CSV or XLSX file.` : ''}
            </p>
          </div>
        ) : (
          <RegisterTable
            spec={spec}
            entries={visible}
            lookups={lookups}
            query={query}
            columnFilters={filters}
            selectedId={selected ? entryId(spec, selected) : null}
            onOpen={openEntry}
            onDelete={spec.canAdd ? removeEntry : null}
            onVisibleCount={setShown}
          />
        )}
        {panelOpen ? (
          <EntryPanel
            key={selected ? entryId(spec, selected) : 'new'}
            spec={spec}
            entry={selected ?? newDefaults}
            isNew={!selected}
            lookups={lookups}
            onSave={(value) => actions.save(entryId(spec, selected ?? {}), value)}
            onCreate={actions.create}
            onDelete={selected && spec.canAdd ? () => void actions.remove(selected) : null}
            onClose={() => void actions.select(null)}
            onDraft={actions.onDraft}
          />
        ) : null}
      </div>
    </div>
  );
};
