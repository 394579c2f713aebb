import { NumberField, TextField } from '../../components/Field';
import type { SectionProps } from './section-props';

type TextKey = 'name' | 'legalName' | 'shortName' | 'address' | 'website' | 'industry';

const TEXT_FIELDS: readonly { key: TextKey; label: string; hint?: string; type?: 'url' }[] = [
  {
    key: 'name',
    label: 'Organisation name',
    hint: 'The trading name used throughout the documents.',
  },
  { key: 'legalName', label: 'Registered legal name' },
  { key: 'shortName', label: 'Short name', hint: 'Used where the full name is too long.' },
  { key: 'industry', label: 'Industry' },
  { key: 'website', label: 'Website', type: 'url' },
  { key: 'address', label: 'Registered address' },
];

/** Who the organisation is: names, description and profile facts. */
export const ProfileSection = ({ draft, errors, edit }: SectionProps) => {
  const org = draft.organisation;
  return (
    <div className="form-grid">
      {TEXT_FIELDS.map((field) => (
        <TextField
          key={field.key}
          label={field.label}
          hint={field.hint}
          type={field.type}
          value={org[field.key]}
          error={errors[`organisation.${field.key}`]}
          testId={`org-${field.key}`}
          onChange={(value) => edit((d) => void (d.organisation[field.key] = value))}
        />
      ))}
      <TextField
        className="span-2"
        label="What the organisation does"
        multiline
        value={org.description}
        error={errors['organisation.description']}
        testId="org-description"
        onChange={(value) => edit((d) => void (d.organisation.description = value))}
      />
      <NumberField
        label="Headcount"
        value={org.headcount}
        min={0}
        error={errors['organisation.headcount']}
        testId="org-headcount"
        onChange={(value) => edit((d) => void (d.organisation.headcount = value))}
      />
      <TextField
        label="Logo file"
        hint="A PNG or JPEG inside the workspace folder, e.g. logo.png. Used on Word cover pages."
        value={org.logo ?? ''}
        error={errors['organisation.logo']}
        testId="org-logo"
        onChange={(value) => edit((d) => void (d.organisation.logo = value.trim() ? value : null))}
      />
    </div>
  );
};
