import { ANNEX_A_CONTROLS } from '../frameworks/annex-a';
import type { Workspace } from '../model/workspace';
import { ALL_REGISTERS, entryKey, type AnyEntry, type StoredDeclaration } from './registry';
import type { RegisterColumn, RegisterName } from './types';

/** One reference from a field of an entry to something else. */
export type Reference = {
  readonly register: RegisterName;
  readonly id: string;
  readonly field: string;
  readonly target: string;
};

/** A reference whose target does not exist (a deleted asset, an unknown person or control). */
export type DanglingReference = Reference & { readonly message: string };

type Target =
  { kind: 'register'; name: RegisterName } | { kind: 'person' | 'control' | 'document' };

const targetOf = (column: RegisterColumn): Target | null => {
  switch (column.type) {
    case 'ref':
    case 'refs':
      return column.ref ? { kind: 'register', name: column.ref } : null;
    case 'person':
    case 'people':
      return { kind: 'person' };
    case 'control':
    case 'controls':
      return { kind: 'control' };
    case 'document':
      return { kind: 'document' };
    default:
      return null;
  }
};

const valuesOf = (value: unknown): string[] =>
  Array.isArray(value)
    ? value.filter((v): v is string => typeof v === 'string' && v !== '')
    : typeof value === 'string' && value !== ''
      ? [value]
      : [];

const entriesOf = (workspace: Workspace, declaration: StoredDeclaration) =>
  workspace.registers[declaration.key] as readonly AnyEntry[];

/** Every outgoing reference of every stored entry, with what it points at. */
const eachReference = function* (workspace: Workspace) {
  for (const declaration of ALL_REGISTERS) {
    const columns = declaration.columns.filter((c) => !c.derived && targetOf(c) !== null);
    if (columns.length === 0) continue;
    for (const entry of entriesOf(workspace, declaration)) {
      for (const column of columns) {
        for (const target of valuesOf(entry[column.key])) {
          const reference: Reference = {
            register: declaration.name,
            id: entryKey(declaration, entry),
            field: column.key,
            target,
          };
          yield { reference, to: targetOf(column)! };
        }
      }
    }
  }
};

/** Entries (in any register) that refer to `id` of register `name`: what a delete would break. */
export const referencesTo = (workspace: Workspace, name: RegisterName, id: string): Reference[] => {
  const found: Reference[] = [];
  for (const { reference, to } of eachReference(workspace)) {
    if (reference.target !== id) continue;
    if ((to.kind === 'register' && to.name === name) || (to.kind === 'person' && name === 'people'))
      found.push(reference);
  }
  return found;
};

/** Every person id that a register entry refers to, whether or not the person exists. */
export const referencedPeople = (workspace: Workspace): Set<string> => {
  const ids = new Set<string>();
  for (const { reference, to } of eachReference(workspace)) {
    if (to.kind === 'person') ids.add(reference.target);
  }
  return ids;
};

/**
 * Every reference whose target is missing. Pure, for `isms check` and the readiness view: a
 * dangling reference is reported, never dropped, and never stops the workspace from opening.
 */
export const findDanglingReferences = (workspace: Workspace): DanglingReference[] => {
  const ids = new Map(
    ALL_REGISTERS.map((d) => [d.name, new Set(entriesOf(workspace, d).map((e) => entryKey(d, e)))]),
  );
  const people = new Set(workspace.people.map((p) => p.id));
  const controls = new Set(ANNEX_A_CONTROLS.map((c) => c.id));
  const documents = new Set(workspace.documents.map((d) => d.id));
  const dangling: DanglingReference[] = [];
  for (const { reference, to } of eachReference(workspace)) {
    const { target } = reference;
    const missing =
      to.kind === 'register'
        ? !ids.get(to.name)?.has(target) && `no ${to.name} entry ${target}`
        : to.kind === 'person'
          ? !people.has(target) && `no person with id ${target} in the organisation profile`
          : to.kind === 'control'
            ? !controls.has(target) && `${target} is not an Annex A control`
            : !documents.has(target) && `no document with ID ${target}`;
    if (missing) dangling.push({ ...reference, message: missing });
  }
  return dangling;
};
