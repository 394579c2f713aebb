import { CheckboxField, TextField } from '../../components/Field';
import { ListEditor } from '../../components/ListEditor';
import type { SectionProps } from './section-props';

/** The ISMS scope: statement, what is in and out, interfaces, and the locations. */
export const ScopeSection = ({ draft, errors, edit }: SectionProps) => {
  const scope = draft.organisation.scope;
  const err = (path: string) => errors[`organisation.${path}`];
  return (
    <div className="form-stack">
      <TextField
        label="Scope statement"
        multiline
        value={scope.statement}
        error={err('scope.statement')}
        testId="scope-statement"
        onChange={(value) => edit((d) => void (d.organisation.scope.statement = value))}
      />
      <fieldset className="fieldset">
        <legend>In scope</legend>
        <ListEditor
          itemLabel="in-scope item"
          testId="scope-in"
          items={scope.inScope}
          onAdd={() => edit((d) => void d.organisation.scope.inScope.push(''))}
          onRemove={(i) => edit((d) => void d.organisation.scope.inScope.splice(i, 1))}
          renderItem={(item, i) => (
            <TextField
              label={`Item ${i + 1}`}
              value={item}
              error={err(`scope.inScope.${i}`)}
              onChange={(value) => edit((d) => void (d.organisation.scope.inScope[i] = value))}
            />
          )}
        />
      </fieldset>
      <fieldset className="fieldset">
        <legend>Out of scope</legend>
        <ListEditor
          itemLabel="exclusion"
          testId="scope-out"
          items={scope.outOfScope}
          onAdd={() =>
            edit((d) => void d.organisation.scope.outOfScope.push({ item: '', justification: '' }))
          }
          onRemove={(i) => edit((d) => void d.organisation.scope.outOfScope.splice(i, 1))}
          renderItem={(row, i) => (
            <>
              <TextField
                label="Excluded item"
                value={row.item}
                error={err(`scope.outOfScope.${i}.item`)}
                onChange={(value) =>
                  edit((d) => void (d.organisation.scope.outOfScope[i]!.item = value))
                }
              />
              <TextField
                label="Justification"
                value={row.justification}
                error={err(`scope.outOfScope.${i}.justification`)}
                onChange={(value) =>
                  edit((d) => void (d.organisation.scope.outOfScope[i]!.justification = value))
                }
              />
            </>
          )}
        />
      </fieldset>
      <fieldset className="fieldset">
        <legend>Interfaces and dependencies</legend>
        <ListEditor
          itemLabel="interface"
          testId="scope-interfaces"
          items={scope.interfaces}
          onAdd={() =>
            edit((d) => void d.organisation.scope.interfaces.push({ party: '', description: '' }))
          }
          onRemove={(i) => edit((d) => void d.organisation.scope.interfaces.splice(i, 1))}
          renderItem={(row, i) => (
            <>
              <TextField
                label="Party"
                value={row.party}
                error={err(`scope.interfaces.${i}.party`)}
                onChange={(value) =>
                  edit((d) => void (d.organisation.scope.interfaces[i]!.party = value))
                }
              />
              <TextField
                label="Description"
                value={row.description}
                error={err(`scope.interfaces.${i}.description`)}
                onChange={(value) =>
                  edit((d) => void (d.organisation.scope.interfaces[i]!.description = value))
                }
              />
            </>
          )}
        />
      </fieldset>
      <fieldset className="fieldset">
        <legend>Locations</legend>
        <ListEditor
          itemLabel="location"
          testId="locations"
          items={draft.organisation.locations}
          onAdd={() =>
            edit(
              (d) => void d.organisation.locations.push({ name: '', address: '', inScope: true }),
            )
          }
          onRemove={(i) => edit((d) => void d.organisation.locations.splice(i, 1))}
          renderItem={(row, i) => (
            <>
              <TextField
                label="Name"
                value={row.name}
                error={err(`locations.${i}.name`)}
                onChange={(value) => edit((d) => void (d.organisation.locations[i]!.name = value))}
              />
              <TextField
                label="Address"
                value={row.address}
                error={err(`locations.${i}.address`)}
                onChange={(value) =>
                  edit((d) => void (d.organisation.locations[i]!.address = value))
                }
              />
              <CheckboxField
                label="In scope"
                checked={row.inScope}
                onChange={(checked) =>
                  edit((d) => void (d.organisation.locations[i]!.inScope = checked))
                }
              />
            </>
          )}
        />
      </fieldset>
    </div>
  );
};
