import { useState } from 'react';
import type { RiskMethod } from '../../../../core/model/registers';
import { useSession } from '../../app/navigation';
import { useServices } from '../../app/services';
import { describeError } from '../../components/errors';
import { DateField, SelectField, TextField } from '../../components/Field';
import { NoPeopleHint } from '../registers/NoPeopleHint';
import { SaveFailure, SaveRow, SettingStrip } from '../registers/SettingStrip';
import {
  changesMethod,
  draftOf,
  methodErrors,
  methodStateText,
  methodUpdate,
  type MethodDraft,
} from './risk-method-draft';

type RiskMethodPanelProps = {
  method: RiskMethod;
  /** People by id, to name the approver and to choose one. */
  people: ReadonlyMap<string, string>;
  /** The holder of the Top Management Representative role, offered first as the approver. */
  topManagement: string | null;
  /** Called after a save, so the heat maps and the risks' levels follow the new thresholds. */
  onSaved: () => void;
};

const THRESHOLDS = [
  {
    key: 'acceptanceThreshold',
    label: 'Acceptance threshold',
    hint: 'A residual score (likelihood × impact) at or below this is within the criteria: Low.',
    testId: 'risk-method-acceptance',
  },
  {
    key: 'highThreshold',
    label: 'High from',
    hint: 'A score at or above this is High; between the two, Medium.',
    testId: 'risk-method-high',
  },
] as const;

const today = () => {
  const now = new Date();
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
};

const ScaleLabels = (props: {
  scale: 'likelihood' | 'impact';
  labels: readonly string[];
  error: string | undefined;
  onChange: (labels: string[]) => void;
}) => (
  <fieldset className="method-scale" aria-invalid={props.error ? true : undefined}>
    <legend>{props.scale === 'likelihood' ? 'Likelihood levels' : 'Impact levels'}</legend>
    <div className="method-scale-inputs">
      {props.labels.map((label, i) => (
        <label key={i} className="method-scale-item">
          <span className="muted">{i + 1}</span>
          <input
            value={label}
            aria-label={`${props.scale === 'likelihood' ? 'Likelihood' : 'Impact'} ${i + 1}`}
            data-testid={`method-${props.scale}-${i + 1}`}
            onChange={(event) =>
              props.onChange(props.labels.map((l, j) => (j === i ? event.target.value : l)))
            }
          />
        </label>
      ))}
    </div>
    {props.error ? <p className="field-error">{props.error}</p> : null}
  </fieldset>
);

const ApprovalForm = (
  props: RiskMethodPanelProps & { onApprove: (by: string, on: string) => void },
) => {
  const [by, setBy] = useState(props.topManagement ?? '');
  const [on, setOn] = useState(today);
  const [dateOk, setDateOk] = useState(true);
  const missing = !by
    ? 'Choose who in top management approved the method.'
    : !on || !dateOk
      ? 'Give the date of the approval as YYYY-MM-DD.'
      : null;
  return (
    <div className="method-approval" data-testid="risk-method-approval">
      <p className="method-approval-intro">
        Clause 6.1.2 asks top management to approve these criteria. Record who approved them and
        when, once they have.
      </p>
      <div className="method-approval-fields">
        <SelectField
          label="Approved by"
          value={by}
          testId="risk-method-approver"
          options={[
            { value: '', label: 'Choose…' },
            ...[...props.people].map(([id, name]) => ({
              value: id,
              label: id === props.topManagement ? `${name} (top management)` : name,
            })),
          ]}
          onChange={setBy}
        />
        <DateField
          label="On"
          value={on}
          testId="risk-method-approved-on"
          onChange={setOn}
          onValidity={setDateOk}
        />
        <button
          type="button"
          className="button button-primary"
          data-testid="risk-method-approve"
          disabled={missing !== null}
          title={missing ?? undefined}
          onClick={() => props.onApprove(by, on)}
        >
          Record approval
        </button>
      </div>
      {props.people.size === 0 ? <NoPeopleHint /> : null}
    </div>
  );
};

/**
 * The risk method (6.1.2) above the heat maps: its state in one line, and on demand its scales,
 * thresholds and acceptance criteria with the recorded approval by top management.
 */
export const RiskMethodPanel = (props: RiskMethodPanelProps) => {
  const { method, people, onSaved } = props;
  const { api, dialogs, toasts } = useServices();
  const dir = useSession().workspace.dir;
  const [open, setOpen] = useState(false);
  const [draft, setDraft] = useState<MethodDraft>(() => draftOf(method));
  const [failure, setFailure] = useState<string | null>(null);
  const approved = method.status === 'approved';
  const errors = methodErrors(draft);
  const changed = changesMethod(method, draft);
  const set = (patch: Partial<MethodDraft>) => setDraft((d) => ({ ...d, ...patch }));

  const save = async (update: Partial<RiskMethod>, done: string) => {
    try {
      const saved = await api['registers.updateSettings']({ dir, riskMethod: update });
      setDraft(draftOf(saved.riskMethod));
      setFailure(null);
      toasts.show('success', done);
      onSaved();
    } catch (error) {
      setFailure(`The risk method was not saved: ${describeError(error)}`);
    }
  };
  const saveChanges = async () => {
    if (
      approved &&
      !(await dialogs.confirm({
        title: 'Change the approved risk method?',
        message:
          'Top management approved the current scales, thresholds and criteria. Saving a change makes the method a proposal again, to be approved anew; risk levels follow the new thresholds at once.',
        confirmLabel: 'Save as a proposal',
      }))
    )
      return;
    await save(methodUpdate(method, draft), 'Risk method saved.');
  };

  return (
    <SettingStrip
      title="Risk method"
      testId="risk-method"
      settled={approved}
      state={methodStateText(method, (id) => people.get(id) ?? id)}
      stateTestId="risk-method-state"
      stateStatus={method.status}
      detail={
        <span className="muted method-thresholds">
          <span>Acceptable up to {method.acceptanceThreshold} ·</span>{' '}
          <span>High from {method.highThreshold}</span>
        </span>
      }
      open={open}
      formId="risk-method-form"
      toggleLabel={approved ? 'Review method' : 'Review and approve'}
      toggleTestId="risk-method-toggle"
      onToggle={() => {
        setDraft(draftOf(method));
        setOpen(!open);
      }}
    >
      <SaveFailure text={failure} />
      {open ? (
        <div className="method-form" id="risk-method-form">
          <ScaleLabels
            scale="likelihood"
            labels={draft.likelihoodLabels}
            error={errors.likelihoodLabels}
            onChange={(likelihoodLabels) => set({ likelihoodLabels })}
          />
          <ScaleLabels
            scale="impact"
            labels={draft.impactLabels}
            error={errors.impactLabels}
            onChange={(impactLabels) => set({ impactLabels })}
          />
          <div className="method-thresholds-fields">
            {THRESHOLDS.map((field) => (
              <TextField
                key={field.key}
                label={field.label}
                value={draft[field.key]}
                error={errors[field.key]}
                hint={field.hint}
                testId={field.testId}
                onChange={(value) => setDraft((d) => ({ ...d, [field.key]: value }))}
              />
            ))}
          </div>
          <TextField
            label="Acceptance criteria"
            multiline
            value={draft.acceptanceCriteria}
            error={errors.acceptanceCriteria}
            testId="risk-method-criteria"
            onChange={(acceptanceCriteria) => set({ acceptanceCriteria })}
          />
          <SaveRow
            label="Save changes"
            testId="risk-method-save"
            disabled={!changed || Object.keys(errors).length > 0}
            note={changed ? <span className="muted">Unsaved changes</span> : null}
            onSave={() => void saveChanges()}
          />
          {!approved && !changed ? (
            <ApprovalForm
              {...props}
              onApprove={(approvedBy, approvedOn) =>
                void save(
                  { status: 'approved', approvedBy, approvedOn },
                  'Approval of the risk method recorded.',
                )
              }
            />
          ) : null}
        </div>
      ) : null}
    </SettingStrip>
  );
};
