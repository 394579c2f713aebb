import { NumberField, SelectField, TextField } from '../../components/Field';
import { ListEditor } from '../../components/ListEditor';
import type { SectionProps } from './section-props';

/** Document numbering, review cycle and the classification scheme. */
export const DocumentControlSection = ({ draft, errors, edit }: SectionProps) => {
  const org = draft.organisation;
  const levels = org.classification.levels;
  const err = (path: string) => errors[`organisation.${path}`];
  return (
    <div className="form-stack">
      <div className="form-grid">
        <TextField
          label="Document ID prefix"
          hint="2-12 capital letters or digits, e.g. ACME gives ACME-POL-001."
          value={org.documentIdPrefix}
          error={err('documentIdPrefix')}
          testId="org-documentIdPrefix"
          onChange={(value) =>
            edit((d) => void (d.organisation.documentIdPrefix = value.toUpperCase()))
          }
        />
        <NumberField
          label="Review cycle"
          suffix="months"
          min={1}
          max={36}
          value={Number.isNaN(org.reviewCycleMonths) ? null : org.reviewCycleMonths}
          error={err('reviewCycleMonths')}
          testId="org-reviewCycleMonths"
          onChange={(value) =>
            edit((d) => void (d.organisation.reviewCycleMonths = value ?? Number.NaN))
          }
        />
      </div>
      <fieldset className="fieldset">
        <legend>Classification levels, lowest first</legend>
        <ListEditor
          itemLabel="classification level"
          testId="classification-levels"
          items={levels}
          error={err('classification.levels')}
          onAdd={() =>
            edit(
              (d) => void d.organisation.classification.levels.push({ name: '', description: '' }),
            )
          }
          onRemove={(i) => edit((d) => void d.organisation.classification.levels.splice(i, 1))}
          renderItem={(level, i) => (
            <>
              <TextField
                label="Name"
                value={level.name}
                error={err(`classification.levels.${i}.name`)}
                onChange={(value) =>
                  edit((d) => void (d.organisation.classification.levels[i]!.name = value))
                }
              />
              <TextField
                label="Description"
                value={level.description}
                error={err(`classification.levels.${i}.description`)}
                onChange={(value) =>
                  edit((d) => void (d.organisation.classification.levels[i]!.description = value))
                }
              />
            </>
          )}
        />
        <div className="form-grid">
          <SelectField
            label="Default classification"
            value={org.classification.default}
            error={err('classification.default')}
            testId="org-default-classification"
            options={[
              ...(levels.some((l) => l.name === org.classification.default)
                ? []
                : [{ value: org.classification.default, label: 'Choose a level' }]),
              ...levels.filter((l) => l.name.trim()).map((l) => ({ value: l.name, label: l.name })),
            ]}
            onChange={(value) => edit((d) => void (d.organisation.classification.default = value))}
          />
        </div>
      </fieldset>
    </div>
  );
};
