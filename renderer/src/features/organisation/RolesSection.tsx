import { ROLE_KEYS, ROLE_TITLES } from '../../../../core/model/workspace';
import { SelectField, TextField } from '../../components/Field';
import { ListEditor } from '../../components/ListEditor';
import {
  canBeNotApplicable,
  chooseRole,
  NOT_APPLICABLE,
  roleChoice,
  roleKeyFrom,
} from './role-setup';
import type { SectionProps } from './section-props';

/** Who holds each fixed role (or that it does not apply), and the organisation's own roles. */
export const RolesSection = ({ draft, errors, edit }: SectionProps) => {
  const people = [
    { value: '', label: 'Not assigned' },
    ...draft.people
      .filter((p) => p.id && p.name.trim())
      .map((p) => ({ value: p.id, label: p.jobTitle ? `${p.name} (${p.jobTitle})` : p.name })),
  ];
  const withNotApplicable = [...people, { value: NOT_APPLICABLE, label: 'Not applicable' }];

  return (
    <>
      <fieldset className="fieldset">
        <legend>Role assignments</legend>
        <p className="muted">
          Mark a role the organisation does not have (a Data Protection Officer in a small company)
          as not applicable and say why: documents then print “Not applicable” and the reason
          instead of asking for a name.
        </p>
        <div className="form-grid">
          {ROLE_KEYS.map((key) => {
            const choice = roleChoice(draft, key);
            return (
              <div key={key}>
                <SelectField
                  label={ROLE_TITLES[key]}
                  value={choice}
                  options={canBeNotApplicable(key) ? withNotApplicable : people}
                  error={errors[`roles.${key}`]}
                  testId={`role-${key}`}
                  onChange={(value) => edit((d) => chooseRole(d, key, value))}
                />
                {choice === NOT_APPLICABLE && canBeNotApplicable(key) ? (
                  <TextField
                    label={`Why the ${ROLE_TITLES[key]} role does not apply`}
                    value={draft.roleSetup.notApplicable[key] ?? ''}
                    error={errors[`roleSetup.notApplicable.${key}`]}
                    testId={`role-${key}-reason`}
                    onChange={(value) => edit((d) => void (d.roleSetup.notApplicable[key] = value))}
                  />
                ) : null}
              </div>
            );
          })}
        </div>
      </fieldset>
      <fieldset className="fieldset">
        <legend>Other roles</legend>
        <ListEditor
          itemLabel="role"
          testId="custom-roles"
          emptyText="No other roles. Add one the organisation has beyond the ten above."
          items={draft.roleSetup.custom}
          onAdd={() =>
            edit(
              (d) =>
                void d.roleSetup.custom.push({
                  key: '',
                  title: '',
                  holder: null,
                  responsibilities: '',
                }),
            )
          }
          onRemove={(i) => edit((d) => void d.roleSetup.custom.splice(i, 1))}
          renderItem={(role, i) => (
            <>
              <TextField
                label="Role title"
                value={role.title}
                error={errors[`roleSetup.custom.${i}.title`]}
                testId={`custom-role-${i}-title`}
                onChange={(value) =>
                  edit((d) => {
                    const target = d.roleSetup.custom[i]!;
                    if (target.key === '' || target.key === roleKeyFrom(target.title))
                      target.key = roleKeyFrom(value);
                    target.title = value;
                  })
                }
              />
              <SelectField
                label="Held by"
                value={role.holder ?? ''}
                options={people}
                testId={`custom-role-${i}-holder`}
                onChange={(value) =>
                  edit((d) => void (d.roleSetup.custom[i]!.holder = value || null))
                }
              />
              <TextField
                label="Key in templates"
                hint={
                  role.key
                    ? `Templates print the holder with {{ roles.${role.key}.name }}.`
                    : undefined
                }
                value={role.key}
                error={errors[`roleSetup.custom.${i}.key`]}
                testId={`custom-role-${i}-key`}
                onChange={(value) => edit((d) => void (d.roleSetup.custom[i]!.key = value))}
              />
              <TextField
                label="Responsibilities"
                multiline
                value={role.responsibilities}
                testId={`custom-role-${i}-responsibilities`}
                onChange={(value) =>
                  edit((d) => void (d.roleSetup.custom[i]!.responsibilities = value))
                }
              />
            </>
          )}
        />
      </fieldset>
    </>
  );
};
