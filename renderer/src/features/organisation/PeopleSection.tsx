import { ROLE_KEYS, ROLE_TITLES, type Person } from '../../../../core/model/workspace';
import { newPersonId } from '../../../../core/registers/declarations/directory';
import { releaseRoles } from './role-setup';
import { RolesSection } from './RolesSection';
import { useServices } from '../../app/services';
import { TextField } from '../../components/Field';
import { ListEditor } from '../../components/ListEditor';
import type { SectionProps } from './section-props';

type PeopleProps = SectionProps & {
  /** IDs saved before this visit: other records may point at them, so they never change by themselves. */
  lockedIds: ReadonlySet<string>;
};

const rolesHeldBy = (draft: SectionProps['draft'], id: string) => [
  ...ROLE_KEYS.filter((key) => draft.roles[key] === id).map((key) => ROLE_TITLES[key]),
  ...draft.roleSetup.custom.filter((role) => role.holder === id).map((role) => role.title),
];

/** The people of the ISMS and the roles they hold. */
export const PeopleSection = ({ draft, errors, edit, lockedIds }: PeopleProps) => {
  const { dialogs } = useServices();

  const rename = (index: number, name: string) =>
    edit((d) => {
      const person = d.people[index]!;
      const derived =
        !lockedIds.has(person.id) &&
        (person.id === '' || person.id === uniqueIdFor(d.people, index, person.name));
      person.name = name;
      if (derived) person.id = uniqueIdFor(d.people, index, name);
    });

  const remove = async (index: number) => {
    const person = draft.people[index];
    if (!person) return;
    const held = rolesHeldBy(draft, person.id);
    if (held.length > 0 || person.name) {
      const ok = await dialogs.confirm({
        title: `Remove ${person.name || 'this person'}?`,
        message: held.length
          ? `They hold: ${held.join(', ')}. Those roles will become unassigned, and documents they own will need a new owner.`
          : 'Documents they own or approve will need someone else.',
        confirmLabel: 'Remove person',
        tone: 'danger',
      });
      if (!ok) return;
    }
    edit((d) => {
      d.people.splice(index, 1);
      releaseRoles(d, person.id);
    });
  };

  return (
    <div className="form-stack">
      <fieldset className="fieldset">
        <legend>People</legend>
        <ListEditor
          itemLabel="person"
          testId="people"
          items={draft.people}
          onAdd={() =>
            edit((d) => void d.people.push({ id: '', name: '', jobTitle: '', email: '' }))
          }
          onRemove={(i) => void remove(i)}
          renderItem={(person, i) => (
            <>
              <TextField
                label="Name"
                value={person.name}
                error={errors[`people.${i}.name`]}
                testId={`person-${i}-name`}
                onChange={(value) => rename(i, value)}
              />
              <TextField
                label="Job title"
                value={person.jobTitle}
                error={errors[`people.${i}.jobTitle`]}
                testId={`person-${i}-jobTitle`}
                onChange={(value) => edit((d) => void (d.people[i]!.jobTitle = value))}
              />
              <TextField
                label="Email"
                type="email"
                value={person.email}
                error={errors[`people.${i}.email`]}
                testId={`person-${i}-email`}
                onChange={(value) => edit((d) => void (d.people[i]!.email = value))}
              />
              <TextField
                label="ID"
                hint={
                  lockedIds.has(person.id)
                    ? undefined
                    : 'Made from the name; roles and owners refer to it.'
                }
                value={person.id}
                error={errors[`people.${i}.id`]}
                testId={`person-${i}-id`}
                onChange={(value) => edit((d) => void (d.people[i]!.id = value.toLowerCase()))}
              />
            </>
          )}
        />
      </fieldset>
      <RolesSection draft={draft} errors={errors} edit={edit} />
    </div>
  );
};

const uniqueIdFor = (people: readonly Person[], index: number, name: string): string =>
  newPersonId(name, new Set(people.filter((_, i) => i !== index).map((p) => p.id)));
