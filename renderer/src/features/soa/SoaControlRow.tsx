import { useState } from 'react';
import { IMPLEMENTATION_STATUSES, SOA_REASONS } from '../../../../core/model/registers';
import {
  IMPLEMENTATION_LABELS,
  SOA_REASON_LABELS,
} from '../../../../core/registers/declarations/labels';
import { PEOPLE_LOOKUP, type Lookups } from '../registers/register-spec';
import type { SoaRow } from './soa-view';

export type SoaPatch = Partial<
  Pick<
    SoaRow,
    | 'applicable'
    | 'reasons'
    | 'justification'
    | 'implementation'
    | 'owner'
    | 'howImplemented'
    | 'evidence'
  >
>;

type RowProps = {
  row: SoaRow;
  lookups: Lookups;
  selected: boolean;
  onSelect: (on: boolean) => void;
  onChange: (patch: SoaPatch) => void;
};

const decisionValue = (applicable: boolean | null) =>
  applicable === null ? '' : applicable ? 'yes' : 'no';

const LinkList = ({
  title,
  ids,
  names,
  empty,
}: {
  title: string;
  ids: readonly string[];
  names: ReadonlyMap<string, string> | undefined;
  empty: string;
}) => (
  <div className="soa-links">
    <h4>{title}</h4>
    {ids.length === 0 ? (
      <p className="muted">{empty}</p>
    ) : (
      <ul>
        {ids.map((id) => (
          <li key={id}>
            <span className="mono">{id}</span> {names?.get(id) ?? ''}
          </li>
        ))}
      </ul>
    )}
  </div>
);

/** A text that saves when the user leaves the field, so typing does not save every letter. */
const NoteField = ({
  label,
  value,
  testId,
  required,
  onSave,
}: {
  label: string;
  value: string;
  testId: string;
  required?: boolean;
  onSave: (value: string) => void;
}) => {
  const [text, setText] = useState(value);
  const id = `${testId}-input`;
  const missing = required && text.trim() === '';
  return (
    <div className="form-field">
      <label htmlFor={id}>{label}</label>
      <textarea
        id={id}
        rows={2}
        value={text}
        data-testid={testId}
        aria-invalid={missing ? true : undefined}
        aria-describedby={missing ? `${id}-error` : undefined}
        onChange={(event) => setText(event.target.value)}
        onBlur={() => text !== value && onSave(text)}
      />
      {missing ? (
        <p className="field-error" id={`${id}-error`}>
          An excluded control needs a justification.
        </p>
      ) : null}
    </div>
  );
};

const Details = ({ row, lookups, onChange }: Omit<RowProps, 'selected' | 'onSelect'>) => {
  const toggleReason = (reason: (typeof SOA_REASONS)[number], on: boolean) =>
    onChange({
      reasons: on ? [...row.reasons, reason] : row.reasons.filter((r) => r !== reason),
    });
  const people = lookups[PEOPLE_LOOKUP];
  return (
    <div className="soa-details" data-testid={`soa-details-${row.control}`}>
      <div className="soa-details-form">
        <fieldset className="reg-choices">
          <legend>Reasons for inclusion</legend>
          <label className="soa-derived-reason">
            <input type="checkbox" checked={row.riskTreatment} disabled />
            Risk treatment {row.riskTreatment ? '(selected by a risk)' : '(no risk selects it)'}
          </label>
          {SOA_REASONS.map((reason) => (
            <label key={reason}>
              <input
                type="checkbox"
                checked={row.reasons.includes(reason)}
                data-testid={`soa-reason-${row.control}-${reason}`}
                onChange={(event) => toggleReason(reason, event.target.checked)}
              />
              {SOA_REASON_LABELS[reason]}
            </label>
          ))}
        </fieldset>
        <NoteField
          key={`justification:${row.justification}`}
          label={row.applicable === false ? 'Justification for excluding it' : 'Justification'}
          value={row.justification}
          required={row.applicable === false}
          testId={`soa-justification-${row.control}`}
          onSave={(justification) => onChange({ justification })}
        />
        <NoteField
          key={`how:${row.howImplemented}`}
          label="How it is implemented"
          value={row.howImplemented}
          testId={`soa-how-${row.control}`}
          onSave={(howImplemented) => onChange({ howImplemented })}
        />
        <NoteField
          key={`evidence:${row.evidence}`}
          label="Evidence"
          value={row.evidence}
          testId={`soa-evidence-${row.control}`}
          onSave={(evidence) => onChange({ evidence })}
        />
        <div className="form-field">
          <label htmlFor={`soa-owner-${row.control}`}>Owner</label>
          <select
            id={`soa-owner-${row.control}`}
            value={row.owner ?? ''}
            onChange={(event) => onChange({ owner: event.target.value || null })}
          >
            <option value="">Not assigned</option>
            {[...(people ?? [])].map(([id, name]) => (
              <option key={id} value={id}>
                {name}
              </option>
            ))}
          </select>
        </div>
      </div>
      <div className="soa-details-links">
        <LinkList
          title="Risks"
          ids={row.risks}
          names={lookups['risks']}
          empty="No risk selects this control."
        />
        <LinkList
          title="Treatment actions"
          ids={row.actions}
          names={lookups['treatments']}
          empty="No treatment action implements it."
        />
        <LinkList
          title="Documents"
          ids={row.documents}
          names={lookups['documents']}
          empty="No document in the workspace covers it."
        />
      </div>
    </div>
  );
};

/** One control: its decision and status in the row, the rest when it is opened. */
const count = (n: number, noun: string) => `${n} ${noun}${n === 1 ? '' : 's'}`;

export const SoaControlRow = ({ row, lookups, selected, onSelect, onChange }: RowProps) => {
  const [open, setOpen] = useState(false);
  const detailsId = `soa-row-details-${row.control}`;
  return (
    <>
      <tr className="soa-row" data-testid={`soa-row-${row.control}`} data-open={open}>
        <td className="soa-check">
          <input
            type="checkbox"
            checked={selected}
            aria-label={`Select ${row.control} ${row.title}`}
            onChange={(event) => onSelect(event.target.checked)}
          />
        </td>
        <td className="mono soa-id">{row.control}</td>
        <td className="soa-title">
          <button
            type="button"
            className="link-button"
            aria-expanded={open}
            aria-controls={detailsId}
            data-testid={`soa-open-${row.control}`}
            onClick={() => setOpen(!open)}
          >
            <span aria-hidden="true" className="soa-caret">
              {open ? '▾' : '▸'}
            </span>
            {row.title}
          </button>
        </td>
        <td>
          <select
            aria-label={`${row.control} applicable`}
            className={`soa-select soa-decision-${decisionValue(row.applicable) || 'none'}`}
            value={decisionValue(row.applicable)}
            data-testid={`soa-decision-${row.control}`}
            onChange={(event) =>
              onChange(
                event.target.value === 'no'
                  ? { applicable: false, implementation: null }
                  : { applicable: event.target.value === '' ? null : true },
              )
            }
          >
            <option value="">Undecided</option>
            <option value="yes">Applicable</option>
            <option value="no">Not applicable</option>
          </select>
        </td>
        <td>
          {row.applicable === false ? (
            <span className="muted soa-excluded">Excluded</span>
          ) : (
            <select
              aria-label={`${row.control} implementation status`}
              className={`soa-select${row.applicable && !row.implementation ? ' soa-decision-none' : ''}`}
              value={row.implementation ?? ''}
              data-testid={`soa-status-${row.control}`}
              onChange={(event) =>
                onChange({
                  implementation:
                    (event.target.value as (typeof IMPLEMENTATION_STATUSES)[number]) || null,
                })
              }
            >
              <option value="">No status</option>
              {IMPLEMENTATION_STATUSES.map((status) => (
                <option key={status} value={status}>
                  {IMPLEMENTATION_LABELS[status]}
                </option>
              ))}
            </select>
          )}
        </td>
        <td className="soa-links-cell">
          <span title="Risks that select it">{count(row.risks.length, 'risk')}</span>
          <span title="Treatment actions">{count(row.actions.length, 'action')}</span>
          <span title="Documents">{count(row.documents.length, 'doc')}</span>
        </td>
      </tr>
      {open ? (
        <tr className="soa-details-row" id={detailsId}>
          <td colSpan={6}>
            <Details row={row} lookups={lookups} onChange={onChange} />
          </td>
        </tr>
      ) : null}
    </>
  );
};
