import { isNotApplicable } from '../model/roles';
import { ROLE_KEYS, ROLE_TITLES, type Workspace } from '../model/workspace';

type PersonView = { id: string; name: string; jobTitle?: string; email?: string };
type Lookup = (id: string | null | undefined) => PersonView | undefined;

/** What `roles.dpo` holds when the organisation has no such role: printable in every field. */
const notApplicableView = (reason: string) => ({
  name: 'Not applicable',
  jobTitle: 'Not applicable',
  email: 'Not applicable',
  notApplicable: true,
  reason,
});

/**
 * `roles`, `roleTitles` and `customRoles` for templates: the fixed roles by their holder (or as
 * not applicable, with the reason), then the organisation's own roles under their keys.
 */
export const buildRoleViews = (workspace: Workspace, person: Lookup) => {
  const setup = workspace.roleSetup;
  const fixed = ROLE_KEYS.flatMap((key): [string, object][] => {
    if (isNotApplicable(setup, key))
      return [[key, notApplicableView(setup.notApplicable[key as 'dpo'] ?? '')]];
    const holder = person(workspace.roles[key]);
    return holder ? [[key, holder]] : [];
  });
  const custom = setup.custom.flatMap((role): [string, object][] => {
    const holder = person(role.holder);
    return holder ? [[role.key, holder]] : [];
  });
  return {
    roles: Object.fromEntries([...fixed, ...custom]),
    roleTitles: {
      ...ROLE_TITLES,
      ...Object.fromEntries(setup.custom.map((role) => [role.key, role.title])),
    },
    customRoles: setup.custom.map((role) => ({
      key: role.key,
      title: role.title,
      holder: person(role.holder),
      responsibilities: role.responsibilities,
    })),
    /** Titles of the fixed roles marked not applicable, for a sentence that lists them. */
    notApplicableRoles: ROLE_KEYS.filter((key) => isNotApplicable(setup, key)).map((key) => ({
      key,
      title: ROLE_TITLES[key],
      reason: setup.notApplicable[key as 'dpo'] ?? '',
    })),
  };
};
