import {
  CheckboxField,
  DateField,
  FieldFrame,
  SelectField,
  TextField,
} from '../../components/Field';
import type { DraftValue } from './form-draft';
import { NoPeopleHint } from './NoPeopleHint';
import { NothingToChooseHint } from './NothingToChooseHint';
import { PEOPLE_LOOKUP, type FieldSpec, type Lookups } from './register-spec';
import { CLASSIFICATION_LOOKUP } from './spec-from-declaration';

type FormFieldProps = {
  field: FieldSpec;
  value: DraftValue | undefined;
  error: string | undefined;
  lookups: Lookups;
  onChange: (value: DraftValue) => void;
};

/** Above this many entries a reference is typed (with suggestions) instead of picked from a list. */
const MAX_SELECT_OPTIONS = 400;

const choices = (field: FieldSpec, lookups: Lookups) => {
  if (field.options) return field.options;
  const source =
    field.kind === 'person' || field.kind === 'people'
      ? lookups[PEOPLE_LOOKUP]
      : lookups[field.references ?? ''];
  if (!source || source.size > MAX_SELECT_OPTIONS) return null;
  return [...source].map(([value, label]) => ({
    value,
    label:
      field.kind === 'person' || field.kind === 'people' || label === value
        ? label
        : `${value} ${label}`,
  }));
};

const MultiChoice = ({ field, value, onChange, error, lookups }: FormFieldProps) => {
  const selected = Array.isArray(value) ? (value as readonly string[]) : [];
  const options = choices(field, lookups) ?? [];
  const toggle = (option: string, on: boolean) =>
    onChange(on ? [...selected, option] : selected.filter((v) => v !== option));
  return (
    <fieldset className="reg-choices span-2" aria-invalid={error ? true : undefined}>
      <legend>{field.label}</legend>
      {options.map((option) => (
        <CheckboxField
          key={option.value}
          label={option.label}
          checked={selected.includes(option.value)}
          testId={`field-${field.key}-${option.value}`}
          onChange={(on) => toggle(option.value, on)}
        />
      ))}
      {field.kind === 'people' && options.length === 0 ? <NoPeopleHint /> : null}
      {error ? <p className="field-error">{error}</p> : null}
      {field.hint ? <p className="field-hint">{field.hint}</p> : null}
    </fieldset>
  );
};

const TypedReference = ({ field, value, error, lookups, onChange }: FormFieldProps) => {
  const listId = `${field.key}-suggestions`;
  const source = lookups[field.references ?? ''];
  return (
    <FieldFrame label={field.label} error={error} hint={field.hint ?? 'Type the id, e.g. A-001.'}>
      {({ id, describedBy }) => (
        <>
          <input
            id={id}
            list={source && source.size <= 5000 ? listId : undefined}
            value={typeof value === 'string' ? value : ''}
            data-testid={`field-${field.key}`}
            aria-invalid={error ? true : undefined}
            aria-describedby={describedBy}
            onChange={(event) => onChange(event.target.value)}
          />
          {source && source.size <= 5000 ? (
            <datalist id={listId}>
              {[...source].map(([key, label]) => (
                <option key={key} value={key}>
                  {label}
                </option>
              ))}
            </datalist>
          ) : null}
        </>
      )}
    </FieldFrame>
  );
};

/**
 * The organisation's classification levels to choose from. A value that is not one of them (typed
 * before, or a level since renamed) stays selected and is marked, so nothing is lost on opening.
 */
export const classificationChoices = (value: string, levels: readonly string[]) => {
  const unknown = value !== '' && !levels.includes(value);
  return {
    options: [
      { value: '', label: 'Not classified' },
      ...levels.map((level) => ({ value: level, label: level })),
      ...(unknown ? [{ value, label: `${value} (not a level of the scheme)` }] : []),
    ],
    warning: unknown
      ? `“${value}” is not one of the organisation's classification levels (${levels.join(', ')}); choose one.`
      : null,
  };
};

const classificationField = ({ field, value, error, lookups, onChange }: FormFieldProps) => {
  const text = typeof value === 'string' ? value : '';
  const levels = [...(lookups[CLASSIFICATION_LOOKUP]?.keys() ?? [])];
  // Until the profile has loaded, the stored value is shown as it is.
  if (levels.length === 0) return null;
  const { options, warning } = classificationChoices(text, levels);
  return (
    <SelectField
      label={field.label}
      value={text}
      hint={warning ?? 'A level of the organisation profile (Organisation, Classification).'}
      error={error}
      testId={`field-${field.key}`}
      options={options}
      onChange={onChange}
    />
  );
};

/** A column declared 30 characters wide or more: half the form would clip its text. */
const WIDE_TEXT_PX = 245;

const wide = (field: FieldSpec) =>
  field.kind === 'longtext' ||
  field.kind === 'list' ||
  (field.kind === 'text' && field.width >= WIDE_TEXT_PX);

const placeholder = (field: FieldSpec) => (field.kind === 'person' ? 'Not assigned' : 'Choose…');

/** Where the entries to choose from come from, when there are none yet; null for other fields. */
const emptyChoiceHint = (field: FieldSpec) => {
  if (field.kind === 'person') return <NoPeopleHint />;
  if (field.kind === 'reference' && field.references)
    return <NothingToChooseHint references={field.references} />;
  return null;
};

/** One form control chosen by the field's kind; its label names the field in every message. */
export const FormField = (props: FormFieldProps) => {
  const { field, value, error, lookups, onChange } = props;
  const text = typeof value === 'string' ? value : '';
  const testId = `field-${field.key}`;
  const options = choices(field, lookups);
  if (field.references === CLASSIFICATION_LOOKUP) {
    const chosen = classificationField(props);
    if (chosen) return chosen;
  }
  switch (field.kind) {
    case 'boolean':
      if (field.nullable)
        return (
          <SelectField
            label={field.label}
            value={text}
            hint={field.hint}
            error={error}
            testId={testId}
            options={[
              { value: '', label: 'Not decided' },
              { value: 'true', label: 'Yes' },
              { value: 'false', label: 'No' },
            ]}
            onChange={onChange}
          />
        );
      return (
        <CheckboxField
          label={field.label}
          checked={value === true}
          testId={testId}
          onChange={onChange}
        />
      );
    case 'multi-enum':
    case 'people':
      return <MultiChoice {...props} />;
    case 'enum':
    case 'person':
    case 'reference':
    case 'integer':
      if (options?.length === 0) {
        const hint = emptyChoiceHint(field);
        if (hint)
          return (
            <div className="reg-person-field">
              <SelectField
                label={field.label}
                value={text}
                error={error}
                testId={testId}
                options={[{ value: '', label: placeholder(field) }]}
                onChange={onChange}
              />
              {hint}
            </div>
          );
      }
      if (options)
        return (
          <SelectField
            label={field.label}
            value={text}
            hint={field.hint}
            error={error}
            testId={testId}
            options={[{ value: '', label: placeholder(field) }, ...options]}
            onChange={onChange}
          />
        );
      if (field.kind === 'reference') return <TypedReference {...props} />;
      break;
    case 'references':
      return (
        <TextField
          label={field.label}
          value={text}
          error={error}
          hint={field.hint ?? 'Ids separated by commas, e.g. A-001, A-004.'}
          testId={testId}
          onChange={onChange}
        />
      );
    case 'date':
      return (
        <DateField
          label={field.label}
          value={text}
          error={error}
          hint={field.hint}
          testId={testId}
          className={wide(field) ? 'span-2' : undefined}
          passUnfinished
          onChange={onChange}
        />
      );
    default:
      break;
  }
  return (
    <TextField
      label={field.label}
      value={text}
      error={error}
      hint={field.kind === 'list' ? (field.hint ?? 'One item per line.') : field.hint}
      testId={testId}
      multiline={field.kind === 'longtext' || field.kind === 'list'}
      className={wide(field) ? 'span-2' : undefined}
      onChange={onChange}
    />
  );
};
