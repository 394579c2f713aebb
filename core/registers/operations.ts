import { AppError } from '../errors';
import type { Registers } from '../model/registers';
import { stableStringify } from '../model/stable-json';
import type { Person, Workspace } from '../model/workspace';
import { formatId, highestNumber, newIdProblem, nextNumber } from './ids';
import { referencedPeople, referencesTo, type Reference } from './references';
import { entryKey, type AnyDeclaration, type AnyEntry } from './registry';
import { completeSoa } from './soa-rules';
import type { EntryIssue, RegisterContext } from './types';

export type RegisterRow = Readonly<Record<string, unknown>>;

export const contextOf = (workspace: Workspace): RegisterContext => ({
  registers: workspace.registers,
  workspace,
});

/** The stored entries of a register; for the SoA, all 93 controls (undecided ones included). */
export const entriesOf = (workspace: Workspace, declaration: AnyDeclaration): AnyEntry[] => {
  if (declaration.key === 'people') return [...workspace.people];
  const stored = workspace.registers[declaration.key] as readonly AnyEntry[];
  return declaration.key === 'soa' ? completeSoa(workspace.registers.soa) : [...stored];
};

/** Entries with their derived columns added, as tables and exports show them. */
export const listRows = (workspace: Workspace, declaration: AnyDeclaration): RegisterRow[] => {
  const derive = declaration.derive?.(contextOf(workspace));
  return entriesOf(workspace, declaration).map((entry) =>
    derive ? { ...entry, ...derive(entry) } : entry,
  );
};

/**
 * Replaces a register's entries in a new workspace value. The id counter is stored only when it
 * is ahead of the highest id present (after the newest entry was deleted), so adding an entry
 * changes the register and nothing else.
 */
export const withEntries = (
  workspace: Workspace,
  declaration: AnyDeclaration,
  entries: readonly AnyEntry[],
  nextId?: number,
): Workspace => {
  // People keep no counter: their ids are made from their names.
  if (declaration.key === 'people') return { ...workspace, people: entries as Person[] };
  const { [declaration.key]: stored, ...otherCounters } = workspace.registers.nextIds;
  const counter = Math.max(nextId ?? 0, stored ?? 0);
  const needed = declaration.idPrefix !== null && counter > highestNumber(declaration, entries) + 1;
  const registers: Registers = {
    ...workspace.registers,
    [declaration.key]: entries,
    nextIds: needed ? { ...otherCounters, [declaration.key]: counter } : otherCounters,
  };
  return { ...workspace, registers };
};

const columnLabel = (declaration: AnyDeclaration, field: string) =>
  declaration.columns.find((c) => c.key === field)?.label ?? field;

/** Validates one entry against its schema, then its register's rules; issues name the field. */
export const validateEntry = (
  declaration: AnyDeclaration,
  input: unknown,
  context: (entry: AnyEntry) => RegisterContext,
): { entry: AnyEntry; issues: EntryIssue[] } | { entry: null; issues: EntryIssue[] } => {
  const parsed = declaration.schema.safeParse(input);
  if (!parsed.success) {
    const issues = parsed.error.issues.map((issue) => ({
      field: String(issue.path[0] ?? declaration.idField),
      message: issue.message,
    }));
    return { entry: null, issues };
  }
  const ctx = context(parsed.data);
  const entry = declaration.prepare ? declaration.prepare(parsed.data, ctx) : parsed.data;
  return { entry, issues: declaration.rules?.(entry, ctx) ?? [] };
};

const invalidEntry = (declaration: AnyDeclaration, id: string, issues: EntryIssue[]) => {
  const first = issues[0]!;
  const more = issues.length > 1 ? ` (and ${issues.length - 1} more)` : '';
  const what = id ? `${declaration.entryLabel} ${id}` : `new ${declaration.entryLabel}`;
  return new AppError(
    'invalid-input',
    `${what}: ${columnLabel(declaration, first.field)} (${first.field}): ${first.message}${more}`,
    { register: declaration.name, id, field: first.field, issues },
  );
};

/**
 * Adds or replaces one entry. Without an id a new one is handed out; with the id of an existing
 * entry the given fields replace its own (the rest are kept). Throws invalid-input naming the
 * field when the entry or a rule fails.
 */
export const saveEntry = (
  workspace: Workspace,
  declaration: AnyDeclaration,
  input: Readonly<Record<string, unknown>>,
  options: { readonly writeReadOnly?: boolean } = {},
): { workspace: Workspace; entry: AnyEntry } => {
  const entries = entriesOf(workspace, declaration);
  const given =
    typeof input[declaration.idField] === 'string' ? String(input[declaration.idField]) : '';
  const index = given === '' ? -1 : entries.findIndex((e) => entryKey(declaration, e) === given);
  if (!options.writeReadOnly) {
    const issues = readOnlyChanges(declaration, index >= 0 ? entries[index] : undefined, input);
    if (issues.length > 0) throw invalidEntry(declaration, given, issues);
  }
  const counter = nextNumber(declaration, workspace.registers, entries);
  let id = given;
  let nextId: number | undefined;
  if (index < 0) {
    if (declaration.fixed) {
      throw invalidEntry(declaration, given, [
        { field: declaration.idField, message: `${given || '(empty)'} is not one of the entries` },
      ]);
    }
    const problem = given ? newIdProblem(declaration, given, counter) : null;
    if (problem)
      throw invalidEntry(declaration, given, [{ field: declaration.idField, message: problem }]);
    id = given || newIdFor(declaration, workspace, entries, input, counter);
    nextId = Math.max(counter, (Number(id.split('-').pop()) || 0) + 1);
  }
  const merged = { ...(index >= 0 ? entries[index] : {}), ...input, [declaration.idField]: id };
  const candidate = (entry: AnyEntry) => {
    const next = [...entries];
    if (index >= 0) next[index] = entry;
    else next.push(entry);
    return withEntries(workspace, declaration, next, nextId);
  };
  const result = validateEntry(declaration, merged, (entry) => contextOf(candidate(entry)));
  if (result.entry === null || result.issues.length > 0) {
    throw invalidEntry(declaration, index >= 0 ? id : given, result.issues);
  }
  return { workspace: candidate(result.entry), entry: result.entry };
};

const isEmptyValue = (value: unknown) =>
  value === undefined ||
  value === null ||
  (typeof value === 'object' && Object.keys(value).length === 0);

/**
 * Read-only columns the input would change: for an existing entry, a value that differs from the
 * stored one; for a new entry, any value at all (those columns start empty).
 */
export const readOnlyChanges = (
  declaration: AnyDeclaration,
  stored: AnyEntry | undefined,
  input: Readonly<Record<string, unknown>>,
): EntryIssue[] =>
  declaration.columns
    .filter((column) => column.readOnly && Object.hasOwn(input, column.key))
    .filter((column) => {
      const value = input[column.key];
      if (stored === undefined) return !isEmptyValue(value);
      const before: unknown = (stored as Record<string, unknown>)[column.key];
      if (isEmptyValue(before) && isEmptyValue(value)) return false;
      return stableStringify(before) !== stableStringify(value);
    })
    .map((column) => ({
      field: column.key,
      message: `is read-only: it is written only by the ${declaration.entryLabel}'s own actions, not by editing the entry`,
    }));

/** Ids a made-up id must avoid: those present, and those still referred to (never reused). */
export const takenIds = (
  workspace: Workspace,
  declaration: AnyDeclaration,
  entries: readonly AnyEntry[],
) =>
  new Set([
    ...entries.map((e) => entryKey(declaration, e)),
    ...(declaration.key === 'people' ? referencedPeople(workspace) : []),
  ]);

const newIdFor = (
  declaration: AnyDeclaration,
  workspace: Workspace,
  entries: readonly AnyEntry[],
  input: Readonly<Record<string, unknown>>,
  counter: number,
) =>
  declaration.newId
    ? declaration.newId(input, takenIds(workspace, declaration, entries))
    : formatId(declaration.idPrefix ?? '', counter);

/** Refuses to remove an entry something outside the registers holds (a role's holder). */
const refuseIfHeld = (workspace: Workspace, declaration: AnyDeclaration, id: string) => {
  const held = declaration.heldBy?.(workspace, id) ?? [];
  if (held.length === 0) return;
  throw new AppError(
    'invalid-input',
    `${declaration.entryLabel} ${id} cannot be deleted: ${id} is ${held.join('; ')}. Hand these over first.`,
    { register: declaration.name, id, field: declaration.idField, heldBy: held },
  );
};

export type DeleteOutcome = {
  readonly workspace: Workspace | null;
  readonly references: Reference[];
};

/**
 * Deletes one entry. When other entries refer to it, nothing is deleted unless `confirm` is
 * true; the references are returned either way, and stay (as dangling references that the
 * integrity check reports) rather than being silently dropped.
 */
export const deleteEntry = (
  workspace: Workspace,
  declaration: AnyDeclaration,
  id: string,
  confirm: boolean,
): DeleteOutcome => {
  if (declaration.fixed) {
    throw new AppError(
      'invalid-input',
      `${declaration.title} entries cannot be deleted; record the decision instead`,
      { register: declaration.name, id },
    );
  }
  const entries = entriesOf(workspace, declaration);
  const index = entries.findIndex((e) => entryKey(declaration, e) === id);
  if (index < 0) {
    throw new AppError('not-found', `no ${declaration.entryLabel} ${id} in ${declaration.name}`, {
      register: declaration.name,
      id,
    });
  }
  refuseIfHeld(workspace, declaration, id);
  const references = referencesTo(workspace, declaration.name, id);
  if (references.length > 0 && !confirm) return { workspace: null, references };
  const counter = nextNumber(declaration, workspace.registers, entries);
  const remaining = entries.filter((_, i) => i !== index);
  return { workspace: withEntries(workspace, declaration, remaining, counter), references };
};
