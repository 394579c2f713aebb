import { CheckboxField, NumberField, TextField } from '../../components/Field';
import { PARAMETER_GROUPS, type ParameterField } from './parameter-fields';
import type { SectionProps } from './section-props';
import { POLICY_DECISION_KEYS } from '../../../../core/model/policy-decisions';

const DECISIONS: readonly string[] = POLICY_DECISION_KEYS;

/** The parameter groups without the values that are top management's decisions. */
export const OPERATIONAL_GROUPS = PARAMETER_GROUPS.map((group) => ({
  ...group,
  fields: group.fields.filter((field) => !DECISIONS.includes(field.key)),
})).filter((group) => group.fields.length > 0);

const ParameterInput = ({
  field,
  draft,
  errors,
  edit,
}: SectionProps & { field: ParameterField }) => {
  const params = draft.parameters;
  const error = errors[`parameters.${field.key}`];
  const testId = `param-${field.key}`;
  switch (field.kind) {
    case 'boolean':
      return (
        <CheckboxField
          label={field.label}
          checked={params.mfaRequired}
          testId={testId}
          onChange={(checked) => edit((d) => void (d.parameters.mfaRequired = checked))}
        />
      );
    case 'text':
      return (
        <TextField
          label={field.label}
          value={params[field.key]}
          error={error}
          testId={testId}
          onChange={(value) => edit((d) => void (d.parameters[field.key] = value))}
        />
      );
    case 'number': {
      const value = params[field.key];
      return (
        <NumberField
          label={field.label}
          suffix={field.unit}
          min={1}
          value={Number.isNaN(value) ? null : value}
          error={error}
          testId={testId}
          onChange={(next) => edit((d) => void (d.parameters[field.key] = next ?? Number.NaN))}
        />
      );
    }
  }
};

/** The operational values topic policies quote (screen lock, patch times...). */
export const ParametersSection = (props: SectionProps) => (
  <div className="form-stack">
    <p className="muted">
      Values that are decisions of top management (password length, retention, RTO and RPO, breach
      notification, access reviews) are on the Policy decisions tab.
    </p>
    {OPERATIONAL_GROUPS.map((group) => (
      <fieldset key={group.title} className="fieldset">
        <legend>{group.title}</legend>
        <div className="form-grid">
          {group.fields.map((field) => (
            <ParameterInput key={field.key} field={field} {...props} />
          ))}
        </div>
      </fieldset>
    ))}
  </div>
);
