import { z } from 'zod';
import { roleSetupSchema } from '../../../../core/model/roles';
import { peopleListIssues } from '../../../../core/registers/declarations/directory';
import type { Profile } from '../../../../core/api/contract';
import {
  organisationSchema,
  personSchema,
  policyParametersSchema,
  rolesSchema,
} from '../../../../core/model/workspace';

/** Field errors keyed by dotted path, e.g. `organisation.name` or `people.2.id`. */
export type FieldErrors = Readonly<Record<string, string>>;

export type ProfilePart = keyof Profile;
export const PROFILE_PARTS: readonly ProfilePart[] = [
  'organisation',
  'people',
  'roles',
  'roleSetup',
  'parameters',
];

const messageFor = (issue: z.core.$ZodIssue): string => {
  if (issue.code === 'invalid_type' && issue.expected === 'number') return 'Enter a number.';
  if (issue.code === 'too_small' && issue.origin === 'string') return 'Required.';
  if (issue.code === 'too_small' && issue.origin === 'number')
    return `Use ${String(issue.minimum)} or more.`;
  if (issue.code === 'too_big' && issue.origin === 'number')
    return `Use ${String(issue.maximum)} or less.`;
  if (issue.code === 'too_small' && issue.origin === 'array') return 'Add at least one.';
  const text = issue.message;
  return text.charAt(0).toUpperCase() + text.slice(1) + (text.endsWith('.') ? '' : '.');
};

const collect = (
  prefix: string,
  result: { success: boolean; error?: z.ZodError },
  into: Record<string, string>,
) => {
  for (const issue of result.error?.issues ?? []) {
    const key = [prefix, ...issue.path.map(String)].join('.');
    into[key] ??= messageFor(issue);
  }
};

/** Validates the draft with the workspace's own schemas plus the cross-field rules they lack. */
export const validateProfile = (draft: Profile): FieldErrors => {
  const errors: Record<string, string> = {};
  collect('organisation', organisationSchema.safeParse(draft.organisation), errors);
  collect('people', z.array(personSchema).safeParse(draft.people), errors);
  collect('roles', rolesSchema.safeParse(draft.roles), errors);
  collect('roleSetup', roleSetupSchema.safeParse(draft.roleSetup), errors);
  collect('parameters', policyParametersSchema.safeParse(draft.parameters), errors);
  // The register's own messages, as they are: one may start with an e-mail address.
  for (const issue of peopleListIssues(draft.people))
    errors[`people.${issue.index}.${issue.field}`] ??= `${issue.message}.`;
  const levels = draft.organisation.classification.levels.map((level) => level.name.trim());
  levels.forEach((name, index) => {
    if (name && levels.indexOf(name) !== index)
      errors[`organisation.classification.levels.${index}.name`] ??= 'Level names must differ.';
  });
  return errors;
};

/** The parts of the profile that differ between the saved copy and the draft. */
export const changedParts = (saved: Profile, draft: Profile): Partial<Profile> => {
  const patch: Partial<Profile> = {};
  const take = <K extends ProfilePart>(part: K) => {
    if (JSON.stringify(saved[part]) !== JSON.stringify(draft[part])) patch[part] = draft[part];
  };
  PROFILE_PARTS.forEach(take);
  return patch;
};

/** Errors under a path prefix, with the prefix removed (for one list row). */
export const errorsUnder = (errors: FieldErrors, prefix: string): FieldErrors =>
  Object.fromEntries(
    Object.entries(errors)
      .filter(([key]) => key.startsWith(`${prefix}.`))
      .map(([key, message]) => [key.slice(prefix.length + 1), message]),
  );
