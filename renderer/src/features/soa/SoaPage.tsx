import { useMemo, useState } from 'react';
import { IMPLEMENTATION_STATUSES } from '../../../../core/model/registers';
import { IMPLEMENTATION_LABELS } from '../../../../core/registers/declarations/labels';
import { soaCounters } from '../../../../core/registers/soa-rules';
import { useServices } from '../../app/services';
import { describeError } from '../../components/errors';
import { Icon } from '../../components/Icon';
import { SaveIndicator, type SaveState } from '../../components/SaveIndicator';
import type { QueryState } from '../../components/use-query';
import type { RegisterClient } from '../registers/register-client';
import type { Entry, Lookups } from '../registers/register-spec';
import { SoaControlRow, type SoaPatch } from './SoaControlRow';
import {
  bulkPatch,
  groupByTheme,
  toSoaRow,
  type BulkDecision,
  type SoaFocus,
  type SoaRow,
} from './soa-view';
import '../registers/registers.css';

type SoaPageProps = { client: RegisterClient; entries: QueryState<Entry[]>; lookups: Lookups };

const COUNTERS: readonly { focus: Exclude<SoaFocus, 'all'>; label: string }[] = [
  { focus: 'undecided', label: 'Undecided' },
  { focus: 'excludedWithoutJustification', label: 'Excluded without justification' },
  { focus: 'applicableWithoutStatus', label: 'Applicable without status' },
];

type Saving = { pending: number; error: string | null };

/** The 93 Annex A controls by theme: decisions, statuses, reasons and what links to each. */
export const SoaPage = ({ client, entries, lookups }: SoaPageProps) => {
  const { dialogs, toasts } = useServices();
  const [focus, setFocus] = useState<SoaFocus>('all');
  const [query, setQuery] = useState('');
  const [selected, setSelected] = useState<ReadonlySet<string>>(new Set());
  const [saving, setSaving] = useState<Saving>({ pending: 0, error: null });
  const rows = useMemo(() => (entries.data ?? []).map(toSoaRow), [entries.data]);
  const counters = useMemo(() => soaCounters(rows), [rows]);
  const groups = useMemo(() => groupByTheme(rows, focus, query), [rows, focus, query]);

  // Saves one control and puts the answer (with its derived links) in place of the row.
  const save = async (row: SoaRow, patch: SoaPatch): Promise<string | null> => {
    setSaving((s) => ({ ...s, pending: s.pending + 1 }));
    try {
      const saved = await client.update(row.control, patch);
      const current = entries.data ?? [];
      entries.replace(current.map((e) => (e['control'] === row.control ? saved : e)));
      setSaving((s) => ({ pending: s.pending - 1, error: null }));
      return null;
    } catch (error) {
      const message = describeError(error);
      setSaving((s) => ({ pending: s.pending - 1, error: message }));
      return message;
    }
  };

  const change = async (row: SoaRow, patch: SoaPatch) => {
    const problem = await save(row, patch);
    if (problem) toasts.show('error', `${row.control} not saved: ${problem}`);
  };

  const applyBulk = async (decision: BulkDecision) => {
    const chosen = rows.filter((row) => selected.has(row.control));
    const failed: string[] = [];
    for (const row of chosen) {
      const problem = await save(row, bulkPatch(decision));
      if (problem) failed.push(`${row.control}: ${problem}`);
    }
    entries.reload();
    if (failed.length === 0) {
      toasts.show('success', `Updated ${chosen.length} controls.`);
      setSelected(new Set());
    } else {
      await dialogs.confirm({
        title: `${failed.length} of ${chosen.length} controls not changed`,
        message: 'The others were saved. These kept their earlier decision:',
        items: failed,
        confirmLabel: 'OK',
      });
    }
  };

  const exclude = async () => {
    const justification = await dialogs.prompt({
      title: `Exclude ${selected.size} controls`,
      message: 'An excluded control needs a justification; it is recorded on each of them.',
      label: 'Justification',
      confirmLabel: 'Exclude',
    });
    if (justification) await applyBulk({ kind: 'excluded', justification });
  };

  const state: SaveState = saving.pending > 0 ? 'saving' : saving.error ? 'error' : 'saved';
  const toggle = (control: string, on: boolean) =>
    setSelected((current) => {
      const next = new Set(current);
      if (on) next.add(control);
      else next.delete(control);
      return next;
    });

  return (
    <div className="page page-wide soa-page" data-testid="register-soa">
      <div className="page-header">
        <div>
          <h1>Statement of Applicability</h1>
          <p className="muted">
            One decision per Annex A control: applicable or excluded and why, how far it is
            implemented, who owns it, and the risks, actions and documents behind it.
          </p>
        </div>
        {entries.data ? (
          <SaveIndicator state={state} detail={saving.error} testId="soa-save-state" />
        ) : null}
      </div>
      {entries.error ? (
        <p className="banner banner-error" role="alert">
          Could not load the Statement of Applicability: {describeError(entries.error)}
        </p>
      ) : null}
      <div className="soa-counters" role="group" aria-label="Show only">
        {COUNTERS.map((counter) => (
          <button
            key={counter.focus}
            type="button"
            className={`soa-counter${counters[counter.focus] > 0 ? ' soa-counter-attention' : ''}`}
            aria-pressed={focus === counter.focus}
            data-testid={`soa-counter-${counter.focus}`}
            onClick={() => setFocus(focus === counter.focus ? 'all' : counter.focus)}
          >
            <span className="soa-counter-number">{counters[counter.focus]}</span>
            {counter.label}
          </button>
        ))}
        <p className="soa-totals muted" data-testid="soa-totals">
          {counters.applicable} applicable · {counters.excluded} excluded · {counters.implemented}{' '}
          implemented
        </p>
      </div>
      <div className="toolbar reg-toolbar soa-toolbar">
        <input
          type="search"
          className="search-input reg-search"
          placeholder="Search controls"
          aria-label="Search controls"
          value={query}
          onChange={(event) => setQuery(event.target.value)}
        />
        <span className="muted soa-selected" aria-live="polite">
          {selected.size} selected
        </span>
        <button
          type="button"
          className="button"
          disabled={selected.size === 0}
          data-testid="soa-bulk-applicable"
          onClick={() => void applyBulk({ kind: 'applicable' })}
        >
          Mark applicable
        </button>
        <button
          type="button"
          className="button"
          disabled={selected.size === 0}
          data-testid="soa-bulk-exclude"
          onClick={() => void exclude()}
        >
          Exclude…
        </button>
        <label className="reg-filter">
          <span>Set status</span>
          <select
            value=""
            disabled={selected.size === 0}
            data-testid="soa-bulk-status"
            onChange={(event) => {
              const status = event.target.value as (typeof IMPLEMENTATION_STATUSES)[number];
              if (status) void applyBulk({ kind: 'status', status });
            }}
          >
            <option value="">Choose…</option>
            {IMPLEMENTATION_STATUSES.map((status) => (
              <option key={status} value={status}>
                {IMPLEMENTATION_LABELS[status]}
              </option>
            ))}
          </select>
        </label>
        {selected.size > 0 ? (
          <button
            type="button"
            className="button button-ghost"
            onClick={() => setSelected(new Set())}
          >
            <Icon name="close" />
            Clear selection
          </button>
        ) : null}
      </div>
      {entries.data && groups.length === 0 ? (
        <p className="empty-state">No control matches.</p>
      ) : null}
      {groups.map((group) => {
        const all = group.rows.every((row) => selected.has(row.control));
        return (
          <section key={group.theme} className="soa-group" aria-labelledby={`soa-${group.theme}`}>
            <h2 id={`soa-${group.theme}`} className="section-title">
              {group.title} <span className="count">{group.rows.length}</span>
            </h2>
            <div className="table-wrap">
              <table className="data-table soa-table">
                <thead>
                  <tr>
                    <th className="soa-check">
                      <input
                        type="checkbox"
                        checked={all}
                        aria-label={`Select every control shown in ${group.title}`}
                        onChange={(event) =>
                          group.rows.forEach((row) => toggle(row.control, event.target.checked))
                        }
                      />
                    </th>
                    <th scope="col">Control</th>
                    <th scope="col">Title</th>
                    <th scope="col">Decision</th>
                    <th scope="col">Implementation</th>
                    <th scope="col">Linked</th>
                  </tr>
                </thead>
                <tbody>
                  {group.rows.map((row) => (
                    <SoaControlRow
                      key={row.control}
                      row={row}
                      lookups={lookups}
                      selected={selected.has(row.control)}
                      onSelect={(on) => toggle(row.control, on)}
                      onChange={(patch) => void change(row, patch)}
                    />
                  ))}
                </tbody>
              </table>
            </div>
          </section>
        );
      })}
    </div>
  );
};
