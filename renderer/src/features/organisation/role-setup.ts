import type { Profile } from '../../../../core/api/contract';
import { ALWAYS_NEEDED_ROLES, type OptionalRoleKey } from '../../../../core/model/roles';
import { ROLE_KEYS, type RoleKey } from '../../../../core/model/workspace';

/** The select value that marks a fixed role as not applicable. */
export const NOT_APPLICABLE = '__not-applicable__';

export const canBeNotApplicable = (key: RoleKey): key is OptionalRoleKey =>
  !(ALWAYS_NEEDED_ROLES as readonly string[]).includes(key);

/** The select value of a fixed role: a person id, '' when unassigned, or NOT_APPLICABLE. */
export const roleChoice = (draft: Profile, key: RoleKey): string =>
  canBeNotApplicable(key) && Object.hasOwn(draft.roleSetup.notApplicable, key)
    ? NOT_APPLICABLE
    : (draft.roles[key] ?? '');

/** Applies a choice to the draft: a holder and "not applicable" exclude each other. */
export const chooseRole = (draft: Profile, key: RoleKey, value: string): void => {
  if (value === NOT_APPLICABLE && canBeNotApplicable(key)) {
    draft.roles[key] = null;
    draft.roleSetup.notApplicable[key] ??= '';
    return;
  }
  if (canBeNotApplicable(key)) delete draft.roleSetup.notApplicable[key];
  draft.roles[key] = value || null;
};

/** "Privacy Champion" -> "privacyChampion": the key templates use for a custom role. */
export const roleKeyFrom = (title: string): string => {
  const words = title
    .normalize('NFKD')
    .replace(/[^A-Za-z0-9 ]+/g, ' ')
    .trim()
    .split(/\s+/)
    .filter(Boolean);
  const key = words
    .map((w, i) =>
      i === 0 ? w.toLowerCase() : w.charAt(0).toUpperCase() + w.slice(1).toLowerCase(),
    )
    .join('')
    .replace(/^[^a-z]+/, '');
  return (ROLE_KEYS as readonly string[]).includes(key) ? `${key}Role` : key;
};

/** Clears every role a removed person held, custom roles included. */
export const releaseRoles = (draft: Profile, personId: string): void => {
  for (const key of ROLE_KEYS) if (draft.roles[key] === personId) draft.roles[key] = null;
  for (const role of draft.roleSetup.custom) if (role.holder === personId) role.holder = null;
};
