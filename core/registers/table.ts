import type { Workspace } from '../model/workspace';
import { fromCell, toCell } from './cells';
import { formatId, newIdProblem, nextNumber } from './ids';
import {
  contextOf,
  entriesOf,
  listRows,
  readOnlyChanges,
  takenIds,
  validateEntry,
  withEntries,
} from './operations';
import { findDanglingReferences, referencesTo } from './references';
import { entryKey, type AnyDeclaration, type AnyEntry } from './registry';
import type { RegisterColumn } from './types';

/** A register as a grid of text: the header row (column labels) and one row per entry. */
export type RegisterTable = { readonly header: string[]; readonly rows: string[][] };

/** A bad cell or row of an import; `row` counts the header as row 1, like a spreadsheet. */
export type ImportProblem = {
  readonly row: number;
  readonly column: string;
  readonly message: string;
};

export type ImportMode = 'merge' | 'replace';
export type ImportSummary = { created: number; updated: number; removed: number; total: number };

/** Every column, derived ones included (for readers); derived ones are ignored on import. */
export const registerTable = (
  workspace: Workspace,
  declaration: AnyDeclaration,
): RegisterTable => ({
  header: declaration.columns.map((c) => c.label),
  rows: listRows(workspace, declaration).map((row) =>
    declaration.columns.map((c) => toCell(c, row[c.key])),
  ),
});

const normalise = (text: string) => text.trim().toLowerCase();

/** Matches header cells to columns by label or field name; unknown headers are problems. */
const mapHeader = (declaration: AnyDeclaration, header: readonly string[]) => {
  const problems: ImportProblem[] = [];
  const columns: (RegisterColumn | null)[] = header.map((cell) => {
    const wanted = normalise(cell);
    if (wanted === '') return null;
    const column = declaration.columns.find(
      (c) => normalise(c.label) === wanted || normalise(c.key) === wanted,
    );
    if (!column) {
      problems.push({ row: 1, column: cell, message: `not a column of ${declaration.name}` });
      return null;
    }
    return column.derived ? null : column;
  });
  const id = declaration.columns.find((c) => c.key === declaration.idField)!;
  if (declaration.fixed && !columns.includes(id)) {
    problems.push({ row: 1, column: id.label, message: 'this column is required' });
  }
  return { columns, problems };
};

const rowValues = (
  columns: readonly (RegisterColumn | null)[],
  cells: readonly string[],
  row: number,
) => {
  const values: Record<string, unknown> = {};
  const problems: ImportProblem[] = [];
  columns.forEach((column, i) => {
    if (!column) return;
    const result = fromCell(column, cells[i] ?? '');
    if ('error' in result) problems.push({ row, column: column.label, message: result.error });
    else if (result.value !== undefined) values[column.key] = result.value;
  });
  return { values, problems };
};

const isBlankRow = (cells: readonly string[]) => cells.every((c) => c.trim() === '');

/**
 * Turns an imported table into the register's new entries: all or nothing. Every bad row is
 * reported with its row number, column and reason; when there is any, no workspace is returned.
 */
export const importTable = (
  workspace: Workspace,
  declaration: AnyDeclaration,
  table: RegisterTable,
  mode: ImportMode,
): { workspace: Workspace; summary: ImportSummary } | { problems: ImportProblem[] } => {
  const { columns, problems } = mapHeader(declaration, table.header);
  const existing = entriesOf(workspace, declaration);
  const byKey = new Map(existing.map((e) => [entryKey(declaration, e), e]));
  let counter = nextNumber(declaration, workspace.registers, existing);
  const idColumn = declaration.columns.find((c) => c.key === declaration.idField)!;
  const seen = new Map<string, number>();
  const imported: { row: number; values: Record<string, unknown> }[] = [];
  table.rows.forEach((cells, i) => {
    const row = i + 2;
    if (isBlankRow(cells)) return;
    const parsed = rowValues(columns, cells, row);
    problems.push(...parsed.problems);
    problems.push(...identifyRow(declaration, parsed.values, existing, row));
    const given =
      typeof parsed.values[declaration.idField] === 'string'
        ? String(parsed.values[declaration.idField])
        : '';
    if (given && seen.has(given)) {
      problems.push({
        row,
        column: idColumn.label,
        message: `${given} is also on row ${seen.get(given)}`,
      });
    }
    if (given) seen.set(given, row);
    imported.push({ row, values: parsed.values });
  });
  const startCounter = counter;
  const keyed = imported.map(({ row, values }) => {
    const id =
      typeof values[declaration.idField] === 'string' ? String(values[declaration.idField]) : '';
    const known = id !== '' && byKey.has(id);
    if (!known && declaration.fixed) {
      problems.push({
        row,
        column: idColumn.label,
        message: `${id || '(empty)'} is not one of the entries`,
      });
    } else if (!known && id !== '') {
      const problem = newIdProblem(declaration, id, startCounter);
      if (problem) problems.push({ row, column: idColumn.label, message: problem });
      counter = Math.max(counter, (Number(id.split('-').pop()) || 0) + 1);
    }
    problems.push(...readOnlyProblems(declaration, known ? byKey.get(id) : undefined, values, row));
    return { row, values, id, known };
  });
  const taken = takenIds(workspace, declaration, existing);
  for (const k of keyed) taken.add(k.id);
  const withIds = keyed.map((k) => {
    if (k.id !== '' || declaration.fixed) return k;
    if (declaration.newId) {
      const id = declaration.newId(k.values, taken);
      taken.add(id);
      return { ...k, id };
    }
    const id = formatId(declaration.idPrefix ?? '', counter);
    counter += 1;
    return { ...k, id };
  });
  // Rows whose cells could not be read are left out of the entry checks, so each bad row is
  // reported once, for its first kind of problem, and every bad row is reported.
  const badRows = new Set(problems.map((p) => p.row));
  const checkable = withIds.filter((r) => !badRows.has(r.row));
  if (mode === 'replace') problems.push(...heldButLeftOut(workspace, declaration, withIds));
  const built = buildImport(workspace, declaration, checkable, byKey, mode, counter);
  if (problems.length > 0 || 'problems' in built) {
    const all = [...problems, ...('problems' in built ? built.problems : [])];
    return { problems: all.sort((a, b) => a.row - b.row) };
  }
  return built;
};

/**
 * A read-only column (a review's frozen figures) may come back as exported, but an import must
 * not change it, nor set it on a new entry: only the register's own actions write it.
 */
const readOnlyProblems = (
  declaration: AnyDeclaration,
  stored: AnyEntry | undefined,
  values: Record<string, unknown>,
  row: number,
): ImportProblem[] =>
  readOnlyChanges(declaration, stored, values).map((issue) => ({
    row,
    column: declaration.columns.find((c) => c.key === issue.field)?.label ?? issue.field,
    message: issue.message,
  }));

/** For a row without an id, the existing entry it stands for (a person by e-mail or name). */
const identifyRow = (
  declaration: AnyDeclaration,
  values: Record<string, unknown>,
  existing: readonly AnyEntry[],
  row: number,
): ImportProblem[] => {
  const given = values[declaration.idField];
  if (!declaration.identify || (typeof given === 'string' && given !== '')) return [];
  const match = declaration.identify(values, existing);
  if (match === null) return [];
  if ('id' in match) {
    values[declaration.idField] = match.id;
    return [];
  }
  const column = declaration.columns.find((c) => c.key === declaration.idField)!.label;
  return [{ row, column, message: match.problem }];
};

/**
 * A replacing import drops the entries the file leaves out. An entry that a role, a document or
 * another register's entry still refers to (a person) is not dropped silently: the import fails.
 */
const heldButLeftOut = (
  workspace: Workspace,
  declaration: AnyDeclaration,
  rows: readonly { id: string }[],
): ImportProblem[] => {
  if (!declaration.heldBy || declaration.fixed) return [];
  const kept = new Set(rows.map((r) => r.id));
  const column = declaration.columns.find((c) => c.key === declaration.idField)!.label;
  return entriesOf(workspace, declaration).flatMap((entry) => {
    const id = entryKey(declaration, entry);
    if (kept.has(id)) return [];
    const held = [
      ...(declaration.heldBy?.(workspace, id) ?? []),
      ...referencesTo(workspace, declaration.name, id).map(
        (r) => `${r.field} of ${r.register} ${r.id}`,
      ),
    ];
    if (held.length === 0) return [];
    const shown =
      held.slice(0, 3).join('; ') + (held.length > 3 ? `; and ${held.length - 3} more` : '');
    // Not a row of the file: reported against the header row, which names the columns.
    return [
      {
        row: 1,
        column,
        message: `${id} is not in the file but is still ${shown}; keep its row or hand these over first`,
      },
    ];
  });
};

const buildImport = (
  workspace: Workspace,
  declaration: AnyDeclaration,
  rows: { row: number; values: Record<string, unknown>; id: string; known: boolean }[],
  byKey: Map<string, AnyEntry>,
  mode: ImportMode,
  counter: number,
): { workspace: Workspace; summary: ImportSummary } | { problems: ImportProblem[] } => {
  const inputs = rows.map((r) => ({
    ...r,
    input: { ...(r.known ? byKey.get(r.id) : {}), ...r.values, [declaration.idField]: r.id },
  }));
  const importedIds = new Set(rows.map((r) => r.id));
  const kept =
    mode === 'replace' && !declaration.fixed
      ? []
      : [...byKey.values()].filter((e) => !importedIds.has(entryKey(declaration, e)));
  // Rules may look across registers (the SoA at the risks), so they see the imported state.
  const draft = (entries: AnyEntry[]) =>
    withEntries(
      workspace,
      declaration,
      ordered(declaration, [...kept, ...entries], byKey),
      counter,
    );
  const parsed = inputs.map((r) => ({ ...r, result: declaration.schema.safeParse(r.input) }));
  const provisional = draft(parsed.flatMap((p) => (p.result.success ? [p.result.data] : [])));
  const context = contextOf(provisional);
  const problems: ImportProblem[] = [];
  const entries: AnyEntry[] = [];
  for (const r of inputs) {
    const result = validateEntry(declaration, r.input, () => context);
    for (const issue of result.issues) {
      const column = declaration.columns.find((c) => c.key === issue.field)?.label ?? issue.field;
      problems.push({ row: r.row, column, message: issue.message });
    }
    if (result.entry) entries.push(result.entry);
  }
  const next = draft(entries);
  const badRows = new Set(problems.map((p) => p.row));
  const checked = rows.filter((r) => !badRows.has(r.row));
  problems.push(...newDanglingReferences(declaration, next, checked, byKey));
  if (problems.length > 0) return { problems };
  const created = rows.filter((r) => !r.known).length;
  const removed =
    mode === 'replace' && !declaration.fixed ? byKey.size - (rows.length - created) : 0;
  const total = entriesOf(next, declaration).length;
  return { workspace: next, summary: { created, updated: rows.length - created, removed, total } };
};

/**
 * References the file adds that point at nothing (an asset id that is not in the asset
 * register, a person not in the profile). A reference the entry already held is left alone, so
 * an export of a register with a dangling reference still imports back; `isms check` reports it.
 */
const newDanglingReferences = (
  declaration: AnyDeclaration,
  next: Workspace,
  rows: readonly { row: number; id: string }[],
  byKey: Map<string, AnyEntry>,
): ImportProblem[] => {
  const rowOf = new Map(rows.map((r) => [r.id, r.row]));
  return findDanglingReferences(next).flatMap((d) => {
    const row = d.register === declaration.name ? rowOf.get(d.id) : undefined;
    if (row === undefined) return [];
    const before = byKey.get(d.id)?.[d.field];
    const held = Array.isArray(before) ? before.includes(d.target) : before === d.target;
    if (held) return [];
    const column = declaration.columns.find((c) => c.key === d.field)?.label ?? d.field;
    return [{ row, column, message: d.message }];
  });
};

/** Existing entries keep their place; new ones follow in the order of the file. */
const ordered = (
  declaration: AnyDeclaration,
  entries: AnyEntry[],
  before: Map<string, AnyEntry>,
) => {
  const position = new Map([...before.keys()].map((key, i) => [key, i]));
  return entries
    .map((entry, i) => ({
      entry,
      rank: position.get(entryKey(declaration, entry)) ?? before.size + i,
    }))
    .sort((a, b) => a.rank - b.rank)
    .map((e) => e.entry);
};
