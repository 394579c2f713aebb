import { CheckboxField, NumberField, TextField } from '../../components/Field';
import { PARAMETER_GROUPS, type ParameterField } from './parameter-fields';
import type { SectionProps } from './section-props';

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

/** The operational values topic policies quote (password length, backup retention...). */
export const ParametersSection = (props: SectionProps) => (
  <div className="form-stack">
    {PARAMETER_GROUPS.map((group) => (
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
