import { useState } from 'react';
import { useSession } from '../../app/navigation';
import { useServices } from '../../app/services';
import { describeError } from '../../components/errors';
import { DateField, SelectField, TextField } from '../../components/Field';
import { useQuery } from '../../components/use-query';
import { SaveFailure, SaveRow, SettingStrip } from './SettingStrip';

type Conclusion = { relevant: boolean | null; reason: string; decidedOn: string | null };

const RELEVANCE = [
  { value: '', label: 'Not decided' },
  { value: 'true', label: 'Relevant' },
  { value: 'false', label: 'Not relevant' },
];

const stateText = (c: Conclusion) =>
  c.relevant === null
    ? 'Not yet decided'
    : `${c.relevant ? 'Relevant' : 'Not relevant'}${c.decidedOn ? `, decided on ${c.decidedOn}` : ''}`;

const problemOf = (draft: Conclusion): string | null =>
  draft.relevant !== null && draft.reason.trim() === ''
    ? 'Reason: say why climate change is or is not relevant.'
    : draft.relevant !== null && !draft.decidedOn
      ? 'Decided on: give the date of the conclusion.'
      : null;

const ConclusionForm = (props: { saved: Conclusion; onSaved: () => void }) => {
  const { api, toasts } = useServices();
  const dir = useSession().workspace.dir;
  const [draft, setDraft] = useState(props.saved);
  const [failure, setFailure] = useState<string | null>(null);
  const [dateOk, setDateOk] = useState(true);
  const problem = dateOk ? problemOf(draft) : 'Decided on: enter a date as YYYY-MM-DD.';
  const changed = JSON.stringify(draft) !== JSON.stringify(props.saved);
  const save = async () => {
    try {
      await api['registers.updateSettings']({
        dir,
        climateChange: { ...draft, reason: draft.reason.trim() },
      });
      toasts.show('success', 'Conclusion on climate change saved.');
      props.onSaved();
    } catch (error) {
      setFailure(`Not saved: ${describeError(error)}`);
    }
  };
  return (
    <div className="method-form" id="climate-change-form">
      <div className="method-thresholds-fields">
        <SelectField
          label="Climate change is"
          value={draft.relevant === null ? '' : String(draft.relevant)}
          options={RELEVANCE}
          testId="climate-relevant"
          onChange={(v) => setDraft({ ...draft, relevant: v === '' ? null : v === 'true' })}
        />
        <DateField
          label="Decided on"
          value={draft.decidedOn ?? ''}
          onValidity={setDateOk}
          testId="climate-decided-on"
          onChange={(v) => setDraft({ ...draft, decidedOn: v || null })}
        />
      </div>
      <TextField
        label="Reason"
        multiline
        value={draft.reason}
        hint="Why it is or is not relevant to the ISMS, and what follows from that."
        testId="climate-reason"
        onChange={(reason) => setDraft({ ...draft, reason })}
      />
      <SaveFailure text={failure} />
      <SaveRow
        label="Save conclusion"
        testId="climate-save"
        primary
        disabled={!changed || problem !== null}
        note={changed && problem ? <span className="field-error">{problem}</span> : null}
        onSave={() => void save()}
      />
    </div>
  );
};

/**
 * Clause 4.1 also asks whether climate change is a relevant issue: the recorded conclusion sits
 * above the context issues, with its reason and date.
 */
export const ClimateChangePanel = () => {
  const { api } = useServices();
  const dir = useSession().workspace.dir;
  const settings = useQuery(`register-settings:${dir}`, () => api['registers.settings']({ dir }));
  const [open, setOpen] = useState(false);
  const saved = settings.data?.climateChange;
  if (!saved) return null;
  const decided = saved.relevant !== null;
  return (
    <SettingStrip
      title="Climate change"
      testId="climate-change"
      settled={decided}
      state={stateText(saved)}
      stateTestId="climate-state"
      detail={
        decided && !open ? (
          <span className="muted method-thresholds method-reason" title={saved.reason}>
            {saved.reason}
          </span>
        ) : null
      }
      open={open}
      formId="climate-change-form"
      toggleLabel={decided ? 'Edit' : 'Record conclusion'}
      toggleTestId="climate-toggle"
      onToggle={() => setOpen(!open)}
    >
      {open ? (
        <ConclusionForm
          key={JSON.stringify(saved)}
          saved={saved}
          onSaved={() => {
            settings.reload();
            setOpen(false);
          }}
        />
      ) : null}
    </SettingStrip>
  );
};
