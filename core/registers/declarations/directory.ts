import { ROLE_KEYS, ROLE_TITLES } from '../../model/roles';
import { personSchema, type Workspace } from '../../model/workspace';
import type { AnyDeclaration, AnyEntry } from '../registry';
import type { EntryIssue, RegisterContext } from '../types';

// The people of the organisation: owners, approvers, role holders. They stay in workspace.json
// (roles, documents and every register refer to them by id), and are a register so that they can
// be listed, imported and exported like the others.

/** A person id from a name: lower-case words joined by hyphens ("Zoë Hart" -> "zoe-hart"). */
export const personIdFrom = (name: string): string =>
  name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');

/** The id for a new person: made from the name, `-2`, `-3`... added when that is taken. */
export const newPersonId = (name: string, taken: ReadonlySet<string>): string => {
  const root = personIdFrom(name) || 'person';
  if (!taken.has(root)) return root;
  let n = 2;
  while (taken.has(`${root}-${n}`)) n += 1;
  return `${root}-${n}`;
};

const textOf = (value: unknown) => (typeof value === 'string' ? value.trim() : '');
const same = (a: unknown, b: unknown) => {
  const left = textOf(a).toLowerCase();
  return left !== '' && left === textOf(b).toLowerCase();
};

/** The existing person a row without an id stands for: the same e-mail, else the same name. */
const identify = (values: Readonly<Record<string, unknown>>, existing: readonly AnyEntry[]) => {
  const byEmail = existing.filter((p) => same(values['email'], p['email']));
  const matches =
    byEmail.length > 0 ? byEmail : existing.filter((p) => same(values['name'], p['name']));
  if (matches.length === 1) return { id: textOf(matches[0]!['id']) };
  if (matches.length === 0) return null;
  const ids = matches.map((p) => textOf(p['id'])).join(', ');
  return { problem: `matches ${matches.length} people (${ids}); give the ID of the one meant` };
};

/** What in the profile and the documents a person holds: roles, ownership, approval. */
export const heldBy = (workspace: Workspace, id: string): string[] => {
  const roles = ROLE_KEYS.filter((key) => workspace.roles[key] === id).map(
    (key) => `the role ${ROLE_TITLES[key]}`,
  );
  const custom = workspace.roleSetup.custom
    .filter((role) => role.holder === id)
    .map((role) => `the role ${role.title}`);
  const owned = workspace.documents.filter((d) => d.owner === id).map((d) => d.id);
  const approves = workspace.documents.filter((d) => d.approver === id).map((d) => d.id);
  return [
    ...roles,
    ...custom,
    ...(owned.length > 0 ? [`owner of ${owned.join(', ')}`] : []),
    ...(approves.length > 0 ? [`approver of ${approves.join(', ')}`] : []),
  ];
};

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

type PersonFields = { readonly id: string; readonly email: string };

/**
 * The checks on a person beyond the schema, wherever people are edited (this register, its
 * import, the Organisation page): an e-mail must look like one and belong to nobody in `others`.
 */
export const personIssues = (
  person: Readonly<Record<string, unknown>>,
  others: readonly PersonFields[],
): EntryIssue[] => {
  const email = textOf(person['email']);
  if (email === '') return [];
  if (!EMAIL.test(email))
    return [{ field: 'email', message: `"${email}" is not an e-mail address` }];
  const other = others.find((p) => same(p.email, email));
  return other ? [{ field: 'email', message: `${email} is also the e-mail of ${other.id}` }] : [];
};

/** An issue of one person in a list of people, by the person's position in the list. */
export type PersonListIssue = EntryIssue & { readonly index: number };

/**
 * The checks on a whole list of people, as the Organisation page and `profile.update` save it:
 * IDs differ, and each person passes `personIssues` against all the others.
 */
export const peopleListIssues = (people: readonly PersonFields[]): PersonListIssue[] => {
  const seen = new Set<string>();
  return people.flatMap((person, index) => {
    const issues: PersonListIssue[] = [];
    if (person.id !== '' && seen.has(person.id)) {
      issues.push({ index, field: 'id', message: 'Another person has this ID' });
    }
    seen.add(person.id);
    const others = people.filter((_, i) => i !== index);
    return [...issues, ...personIssues(person, others).map((issue) => ({ index, ...issue }))];
  });
};

const rules = (entry: AnyEntry, context: RegisterContext): EntryIssue[] =>
  personIssues(
    entry,
    context.workspace.people.filter((p) => p.id !== entry['id']),
  );

/** The roles a person holds, for the table. */
const derive = (context: RegisterContext) => {
  const { roles, roleSetup } = context.workspace;
  return (entry: AnyEntry) => ({
    roles: [
      ...ROLE_KEYS.filter((key) => roles[key] === entry['id']).map((key) => ROLE_TITLES[key]),
      ...roleSetup.custom.filter((r) => r.holder === entry['id']).map((r) => r.title),
    ],
  });
};

export const PEOPLE_REGISTER: AnyDeclaration = {
  name: 'people',
  key: 'people',
  title: 'People',
  entryLabel: 'person',
  clauses: ['5.3', '7.2'],
  summary:
    'The people who own risks, assets, actions and documents and hold the ISMS roles; every owner field chooses from them.',
  idPrefix: null,
  idField: 'id',
  schema: personSchema,
  columns: [
    {
      key: 'id',
      label: 'ID',
      type: 'text',
      width: 18,
      description:
        'Short id other entries use, e.g. jane-smith; made from the name when left empty. On import, a row without an ID updates the person with the same e-mail (or, without one, the same name).',
    },
    {
      key: 'name',
      label: 'Name',
      type: 'text',
      width: 24,
      required: true,
      description: 'Full name.',
    },
    { key: 'jobTitle', label: 'Job title', type: 'text', width: 28, description: 'Job title.' },
    {
      key: 'email',
      label: 'E-mail',
      type: 'text',
      width: 30,
      description: 'Work e-mail address; unique.',
    },
    {
      key: 'roles',
      label: 'Roles',
      type: 'texts',
      width: 30,
      derived: true,
      description: 'The ISMS roles the person holds (set under Organisation > People and roles).',
    },
  ],
  rules,
  derive,
  newId: (entry, taken) => newPersonId(textOf(entry['name']), taken),
  identify,
  heldBy,
};
