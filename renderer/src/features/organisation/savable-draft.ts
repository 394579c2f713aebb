import type { Profile } from '../../../../core/api/contract';
import { PROFILE_PARTS, validateProfile } from './profile-draft';

type Node = Record<string, unknown>;

const isNode = (value: unknown): value is Node => value !== null && typeof value === 'object';

const valueAt = (root: unknown, path: readonly string[]): unknown =>
  path.reduce<unknown>((node, key) => (isNode(node) ? node[key] : undefined), root);

/**
 * Puts the saved value back at `path` in `candidate`, or at the nearest enclosing path the saved
 * profile has (a new list row that is invalid reverts the whole list).
 */
const revert = (candidate: Profile, saved: Profile, path: readonly string[]) => {
  for (let depth = path.length; depth >= 1; depth--) {
    const at = path.slice(0, depth);
    const before = valueAt(saved, at);
    const parent = valueAt(candidate, at.slice(0, -1));
    if (before === undefined || !isNode(parent)) continue;
    parent[at[depth - 1]!] = structuredClone(before);
    return;
  }
};

// Enough rounds to widen any field path (the deepest is about five keys) to its whole part.
const MAX_ROUNDS = 8;

/**
 * The draft with every invalid field put back to its saved value, so the valid edits can be saved
 * while the invalid ones stay on screen, marked. A rule that spans fields (a default that must be
 * one of the levels) is settled by widening the reverted path round by round, up to the whole
 * part. Null when even that leaves the profile invalid (then nothing is saved).
 */
export const savableDraft = (saved: Profile, draft: Profile): Profile | null => {
  const candidate = structuredClone(draft);
  for (let round = 0; round < MAX_ROUNDS; round++) {
    const invalid = Object.keys(validateProfile(candidate));
    if (invalid.length === 0) return candidate;
    for (const key of invalid) {
      const path = key.split('.');
      revert(candidate, saved, path.slice(0, Math.max(1, path.length - round)));
    }
  }
  for (const part of PROFILE_PARTS) {
    const check = { ...saved, [part]: candidate[part] };
    if (Object.keys(validateProfile(check)).length > 0) {
      (candidate as Record<string, unknown>)[part] = structuredClone(saved[part]);
    }
  }
  return Object.keys(validateProfile(candidate)).length === 0 ? candidate : null;
};
