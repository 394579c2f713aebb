import { useCallback, useEffect, useState } from 'react';
import type {
  PolicyDecisionEntry,
  PolicyDecisionList,
} from '../../../../core/api/contract-decisions';
import { policyDecisionValue } from '../../../../core/model/policy-decisions';
import { useSession } from '../../app/navigation';
import { useServices } from '../../app/services';
import { describeError } from '../../components/errors';
import { DateField, NumberField } from '../../components/Field';
import type { SectionProps } from './section-props';

type Props = SectionProps & { onEditClassification: () => void };

const stateLabel = (d: PolicyDecisionEntry, shown: string) => {
  const c = d.confirmation;
  if (c && c.value === shown) {
    return `Confirmed by ${c.confirmedByName ?? c.confirmedBy ?? 'unknown'} on ${c.confirmedOn}`;
  }
  if (c) return `To be confirmed: changed since "${c.value}" was confirmed on ${c.confirmedOn}`;
  return 'To be confirmed: proposed, never confirmed';
};

/**
 * The policy values only top management can decide (retention, RTO and RPO...): each shows its
 * proposed value and whether it was confirmed, and can be changed and confirmed here.
 */
export const PolicyDecisionsSection = ({ draft, errors, edit, onEditClassification }: Props) => {
  const { api, toasts } = useServices();
  const dir = useSession().workspace.dir;
  const [list, setList] = useState<PolicyDecisionList | null>(null);
  const [loadError, setLoadError] = useState<string | null>(null);
  const [on, setOn] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  // A half-typed date is not passed on: confirming waits until the field holds a date.
  const [dateOk, setDateOk] = useState(true);

  useEffect(() => {
    let live = true;
    api['decisions.list']({ dir }).then(
      (result) => {
        if (!live) return;
        setList(result);
        setOn((current) => current ?? result.today);
      },
      (error: unknown) => live && setLoadError(describeError(error)),
    );
    return () => {
      live = false;
    };
  }, [api, dir]);

  const shownValue = (d: PolicyDecisionEntry) => policyDecisionValue(draft, d.key);
  const valid = (d: PolicyDecisionEntry) =>
    d.key === 'classificationLevels'
      ? !Object.keys(errors).some((k) => k.startsWith('organisation.classification'))
      : !errors[`parameters.${d.key}`] && !Number.isNaN(draft.parameters[d.key]);

  const confirm = useCallback(
    async (decisions: readonly PolicyDecisionEntry[]) => {
      if (!list?.topManagement) return;
      setBusy(true);
      try {
        let latest = list;
        for (const d of decisions) {
          latest = await api['decisions.confirm']({
            dir,
            key: d.key,
            value: policyDecisionValue(draft, d.key),
            by: list.topManagement.id,
            ...(on ? { on } : {}),
          });
        }
        setList(latest);
        toasts.show('success', `Recorded ${decisions.length} confirmed decision(s).`);
      } catch (error) {
        toasts.show('error', `Not confirmed: ${describeError(error)}`);
      } finally {
        setBusy(false);
      }
    },
    [api, dir, draft, list, on, toasts],
  );

  if (loadError) return <p className="banner banner-error">Could not load: {loadError}</p>;
  if (!list) return <p className="muted">Loading…</p>;
  const open = list.decisions.filter((d) => d.confirmation?.value !== shownValue(d));
  const top = list.topManagement;
  return (
    <div className="form-stack" data-testid="policy-decisions">
      <p className="muted">
        These values are decisions for top management. Documents print each one as &ldquo;proposed,
        to be confirmed&rdquo; until it is confirmed here, and changing a confirmed value makes it a
        proposal again.
      </p>
      {top ? null : (
        <p className="banner banner-warning" role="alert">
          Nobody holds the top management role. Name them under People and roles to confirm
          decisions.
        </p>
      )}
      <div className="form-grid">
        <DateField
          label="Decided on"
          value={on ?? list.today}
          onChange={setOn}
          onValidity={setDateOk}
          testId="decisions-date"
        />
        <div className="form-field">
          <span className="field-hint">
            {open.length === 0
              ? 'Every decision is confirmed.'
              : `${open.length} of ${list.decisions.length} still to be confirmed${top ? ` by ${top.name}` : ''}.`}
          </span>
          <button
            type="button"
            className="button button-primary"
            disabled={!top || busy || !dateOk || open.length === 0 || !open.every(valid)}
            data-testid="decisions-confirm-all"
            onClick={() => void confirm(open)}
          >
            Confirm all shown values
          </button>
        </div>
      </div>
      {list.decisions.map((d) => {
        const shown = shownValue(d);
        const confirmed = d.confirmation?.value === shown;
        const numberKey = d.key === 'classificationLevels' ? null : d.key;
        return (
          <fieldset key={d.key} className="fieldset" data-testid={`decision-${d.key}`}>
            <legend>{d.label}</legend>
            <div className="form-grid">
              {numberKey === null ? (
                <div className="form-field">
                  <span>{shown}</span>
                  <button type="button" className="link-button" onClick={onEditClassification}>
                    Change the levels under Documents and classification
                  </button>
                </div>
              ) : (
                <NumberField
                  label={`${d.label} (value)`}
                  suffix={d.unit}
                  min={1}
                  value={
                    Number.isNaN(draft.parameters[numberKey]) ? null : draft.parameters[numberKey]
                  }
                  error={errors[`parameters.${numberKey}`]}
                  testId={`param-${numberKey}`}
                  onChange={(next) =>
                    edit((p) => void (p.parameters[numberKey] = next ?? Number.NaN))
                  }
                />
              )}
              <div className="form-field">
                <span
                  className={`badge ${confirmed ? 'badge-status-approved' : 'badge-warning'}`}
                  data-testid={`decision-state-${d.key}`}
                >
                  {stateLabel(d, shown)}
                </span>
                {confirmed ? null : (
                  <button
                    type="button"
                    className="button button-small"
                    disabled={!top || busy || !dateOk || !valid(d)}
                    data-testid={`decision-confirm-${d.key}`}
                    onClick={() => void confirm([d])}
                  >
                    Confirm {shown}
                  </button>
                )}
              </div>
            </div>
          </fieldset>
        );
      })}
    </div>
  );
};
