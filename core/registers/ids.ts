import type { Registers } from '../model/registers';
import { ENTRY_ID_PATTERN } from '../model/registers';
import { entryKey, type AnyDeclaration, type AnyEntry } from './registry';

/** The number of an id (R-012 -> 12), or null when it is not an id of that prefix. */
export const idNumber = (id: string, prefix: string): number | null => {
  if (!ENTRY_ID_PATTERN.test(id) || !id.startsWith(`${prefix}-`)) return null;
  return Number(id.slice(prefix.length + 1));
};

export const formatId = (prefix: string, n: number): string =>
  `${prefix}-${String(n).padStart(3, '0')}`;

/** The highest id number present (0 for none). */
export const highestNumber = (
  declaration: AnyDeclaration,
  entries: readonly AnyEntry[],
): number => {
  const prefix = declaration.idPrefix ?? '';
  return entries.reduce(
    (max, e) => Math.max(max, idNumber(entryKey(declaration, e), prefix) ?? 0),
    0,
  );
};

/** The next number the register hands out: after its counter and after every id present. */
export const nextNumber = (
  declaration: AnyDeclaration,
  registers: Registers,
  entries: readonly AnyEntry[],
): number => {
  const stored = declaration.key === 'people' ? undefined : registers.nextIds[declaration.key];
  return Math.max(stored ?? 1, highestNumber(declaration, entries) + 1);
};

/**
 * Whether an id given for a new entry may be used: it must carry the register's prefix and must
 * not be one that was handed out before and deleted (ids are never reused).
 */
export const newIdProblem = (
  declaration: AnyDeclaration,
  id: string,
  counter: number,
): string | null => {
  const prefix = declaration.idPrefix;
  if (prefix === null) return null;
  const n = idNumber(id, prefix);
  if (n === null) return `expected an id such as ${formatId(prefix, 1)}`;
  if (n < counter) {
    return `${id} was used before and deleted; ids are never reused (leave the id empty for a new one)`;
  }
  return null;
};
