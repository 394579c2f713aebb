import { AppError } from '../../errors';
import { climateChangeSchema, riskMethodSchema } from '../../model/registers';
import type { Workspace } from '../../model/workspace';
import { deleteEntry, listRows, saveEntry, contextOf } from '../../registers/operations';
import { findRegisterProblems } from '../../registers/problems';
import { EVERY_REGISTER, registerNamed, type AnyDeclaration } from '../../registers/registry';
import type { SheetCodec, SheetFormat } from '../../registers/sheet-codec';
import { importTable, registerTable, type ImportProblem } from '../../registers/table';
import { base64ToBytes, bytesToBase64 } from '../base64';
import type { Handlers } from '../dispatch';
import type { WorkspaceSessions } from './workspace-sessions';

type Deps = { sessions: WorkspaceSessions; sheets: SheetCodec | null };
type RegisterHandlers = Pick<
  Handlers,
  | 'registers.describe'
  | 'registers.list'
  | 'registers.save'
  | 'registers.delete'
  | 'registers.import'
  | 'registers.export'
  | 'registers.settings'
  | 'registers.updateSettings'
  | 'registers.problems'
>;

const describe = (d: AnyDeclaration) => ({
  name: d.name,
  key: d.key,
  title: d.title,
  entryLabel: d.entryLabel,
  summary: d.summary,
  clauses: [...d.clauses],
  idPrefix: d.idPrefix,
  idField: d.idField,
  fixed: d.fixed ?? false,
  columns: d.columns.map((c) => ({
    key: c.key,
    label: c.label,
    type: c.type,
    width: c.width,
    description: c.description,
    required: c.required ?? false,
    nullable: c.nullable ?? false,
    derived: c.derived ?? false,
    readOnly: c.readOnly ?? false,
    hidden: c.hidden ?? false,
    options: c.options ? [...c.options] : [],
    ref: c.ref ?? null,
  })),
});

const sheetOf = (workspace: Workspace, declaration: AnyDeclaration) => {
  const table = registerTable(workspace, declaration);
  return {
    title: declaration.title,
    rows: table.rows,
    columns: declaration.columns.map((c) => ({
      label: c.label,
      width: c.width,
      type: c.type,
      options: c.type === 'boolean' ? ['yes', 'no'] : (c.options ?? []).map((o) => o.value),
    })),
  };
};

const importFailed = (declaration: AnyDeclaration, problems: ImportProblem[]) => {
  const listed = problems
    .slice(0, 5)
    .map((p) => `row ${p.row}, ${p.column}: ${p.message}`)
    .join('; ');
  const more = problems.length > 5 ? `; and ${problems.length - 5} more` : '';
  return new AppError(
    'invalid-input',
    `Nothing imported into ${declaration.name}: ${problems.length} problem(s): ${listed}${more}`,
    { register: declaration.name, problems },
  );
};

const needSheets = (sheets: SheetCodec | null, format: SheetFormat): SheetCodec => {
  if (!sheets)
    throw new AppError('invalid-input', `${format.toUpperCase()} files are not supported here`);
  return sheets;
};

const settingsOf = (workspace: Workspace) => ({
  riskMethod: workspace.registers.riskMethod,
  climateChange: workspace.registers.climateChange,
});

const parseSetting = <T>(
  schema: {
    safeParse: (
      v: unknown,
    ) =>
      | { success: true; data: T }
      | { success: false; error: { issues: { path: PropertyKey[]; message: string }[] } };
  },
  value: unknown,
  name: string,
): T => {
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  const issue = result.error.issues[0];
  const field = `${name}.${issue?.path.map(String).join('.') ?? ''}`;
  throw new AppError('invalid-input', `${field}: ${issue?.message ?? 'invalid'}`, { field });
};

// Signals that a change decided to write nothing (a delete refused for its references).
class NothingToWrite extends Error {}

export const createRegisterHandlers = ({ sessions, sheets }: Deps): RegisterHandlers => ({
  'registers.describe': () => Promise.resolve({ registers: EVERY_REGISTER.map(describe) }),
  'registers.list': async ({ dir, register }) => {
    const declaration = registerNamed(register);
    const workspace = await sessions.read(dir);
    const problems = findRegisterProblems(workspace).filter((p) => p.register === register);
    return { register, rows: listRows(workspace, declaration), problems };
  },
  'registers.save': async ({ dir, register, entry }) => {
    const declaration = registerNamed(register);
    let saved: Record<string, unknown> = {};
    const workspace = await sessions.update(dir, (current) => {
      const result = saveEntry(current, declaration, entry);
      saved = { ...result.entry };
      return result.workspace;
    });
    const derive = declaration.derive?.(contextOf(workspace));
    return { entry: saved, row: { ...saved, ...(derive?.(saved) ?? {}) } };
  },
  'registers.delete': async ({ dir, register, id, confirm }) => {
    const declaration = registerNamed(register);
    let references: { register: typeof register; id: string; field: string; target: string }[] = [];
    try {
      await sessions.update(dir, (current) => {
        const outcome = deleteEntry(current, declaration, id, confirm);
        references = outcome.references;
        if (!outcome.workspace) throw new NothingToWrite();
        return outcome.workspace;
      });
    } catch (error) {
      if (error instanceof NothingToWrite) return { deleted: false, references };
      throw error;
    }
    return { deleted: true, references };
  },
  'registers.import': async ({ dir, register, format, data, mode }) => {
    const declaration = registerNamed(register);
    const table = await needSheets(sheets, format).read(format, base64ToBytes(data));
    let summary = { created: 0, updated: 0, removed: 0, total: 0 };
    await sessions.update(dir, (current) => {
      const result = importTable(current, declaration, table, mode);
      if ('problems' in result) throw importFailed(declaration, result.problems);
      summary = result.summary;
      return result.workspace;
    });
    return summary;
  },
  'registers.export': async ({ dir, register, format }) => {
    const declaration = registerNamed(register);
    const sheet = sheetOf(await sessions.read(dir), declaration);
    const bytes = await needSheets(sheets, format).write(format, sheet);
    return { fileName: `${declaration.name}.${format}`, data: bytesToBase64(bytes) };
  },
  'registers.settings': async ({ dir }) => settingsOf(await sessions.read(dir)),
  'registers.updateSettings': async ({ dir, riskMethod, climateChange }) => {
    const saved = await sessions.update(dir, (current) => ({
      ...current,
      registers: {
        ...current.registers,
        riskMethod: riskMethod
          ? parseSetting(
              riskMethodSchema,
              { ...current.registers.riskMethod, ...riskMethod },
              'riskMethod',
            )
          : current.registers.riskMethod,
        climateChange: climateChange
          ? parseSetting(
              climateChangeSchema,
              { ...current.registers.climateChange, ...climateChange },
              'climateChange',
            )
          : current.registers.climateChange,
      },
    }));
    return settingsOf(saved);
  },
  'registers.problems': async ({ dir }) => ({
    problems: findRegisterProblems(await sessions.read(dir)),
  }),
});
