import { AppError } from '../errors';
import { describeZodIssues } from './issues';
import { migrateWorkspace } from './migrations';
import { workspaceSchema, type Workspace } from './workspace';

export type ParsedWorkspace = {
  readonly workspace: Workspace;
  readonly migratedFrom: number | null;
};

/**
 * Parses the text of workspace.json. Invalid JSON is reported with line and column; a schema
 * failure with every offending field path. Never returns a partially valid workspace.
 */
export const parseWorkspaceJson = (source: string, file: string): ParsedWorkspace => {
  const raw = parseJsonWithPosition(source, file);
  if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) {
    throw new AppError('workspace-invalid', `${file}: expected a JSON object at the top level`, {
      file,
      path: '(root)',
    });
  }
  const { data, migratedFrom } = migrateWorkspace(raw as Record<string, unknown>, file);
  return { workspace: validateWorkspace(data, file), migratedFrom };
};

export const validateWorkspace = (data: unknown, file: string): Workspace => {
  const result = workspaceSchema.safeParse(data);
  if (result.success) return result.data;
  const issues = describeZodIssues(result.error);
  const first = issues[0];
  const more = issues.length > 1 ? ` (and ${issues.length - 1} more)` : '';
  throw new AppError(
    'workspace-invalid',
    `${file}: ${first?.path ?? '(root)'}: ${first?.message ?? 'invalid'}${more}`,
    { file, path: first?.path ?? '(root)', issues },
  );
};

const parseJsonWithPosition = (source: string, file: string): unknown => {
  try {
    return JSON.parse(source) as unknown;
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const position = locateJsonError(source, message);
    const where = position ? ` at line ${position.line}, column ${position.column}` : '';
    throw new AppError('workspace-corrupt', `${file}: not valid JSON${where}: ${message}`, {
      file,
      ...(position ?? {}),
    });
  }
};

/** V8 reports "at position N" or "line L column C"; turn either into a line and column. */
const locateJsonError = (source: string, message: string) => {
  const lineColumn = /line (\d+) column (\d+)/.exec(message);
  if (lineColumn) return { line: Number(lineColumn[1]), column: Number(lineColumn[2]) };
  const offsetMatch = /position (\d+)/.exec(message);
  const offset = offsetMatch ? Number(offsetMatch[1]) : source.trim() === '' ? 0 : null;
  if (offset === null) return null;
  const before = source.slice(0, offset).split('\n');
  return { line: before.length, column: (before.at(-1)?.length ?? 0) + 1 };
};
