import { AppError } from '../../errors';
import type { Template, TemplateFile } from '../../templates/types';
import type { TemplateSource } from '../ports';

export type TemplateLibrary = {
  readonly templates: readonly Template[];
  /** Id and title of each template: all a render needs from the library, cheap to copy. */
  readonly refs: readonly { readonly id: string; readonly title: string }[];
  /** Files that failed to parse, with the reason, so one bad file does not hide the library. */
  readonly problems: readonly string[];
  /** The same files, each with its line when the error has one, for listing them. */
  readonly failed: readonly TemplateFailure[];
  readonly get: (id: string) => Template;
};

/** One reason a file cannot be used, on its line when it has one, without the file's name. */
export type TemplateIssue = { readonly line: number | null; readonly message: string };

export type TemplateFailure = {
  readonly file: string;
  readonly origin: TemplateFile['origin'];
  readonly line: number | null;
  readonly message: string;
  /** Every reason, each once (a front matter with three bad fields has three). */
  readonly issues: readonly TemplateIssue[];
};

type Parsed =
  | { readonly template: Template }
  | {
      readonly problem: string;
      readonly line: number | null;
      readonly issues: readonly TemplateIssue[];
    };

const isIssue = (value: unknown): value is TemplateIssue => {
  const issue = value as Partial<TemplateIssue> | null;
  return (
    typeof issue === 'object' &&
    issue !== null &&
    typeof issue.message === 'string' &&
    (issue.line === null || typeof issue.line === 'number')
  );
};

/** The parser's list of issues, or the one message (its file's name taken off) on its line. */
const issuesOf = (
  file: string,
  message: string,
  line: number | null,
  listed?: unknown,
): readonly TemplateIssue[] => {
  if (Array.isArray(listed) && listed.length > 0 && listed.every(isIssue)) return listed;
  const own = message.startsWith(`${file}: `) ? message.slice(file.length + 2) : message;
  return [{ line, message: own }];
};

// Parsing (YAML and schema checks) costs far more than reading the files, and the files rarely
// change: each file's result is kept for as long as its path, origin and text stay the same, in
// memory for this process and, when the source offers a store, on disk for the next one.
const parsed = new Map<string, Parsed>();
const PARSED_LIMIT = 2_000;

const remember = (key: string, result: Parsed): Parsed => {
  if (parsed.size >= PARSED_LIMIT) parsed.clear();
  parsed.set(key, result);
  return result;
};

// The front matter's parser (and its YAML library) loads only when a file is not known already.
const parseNow = async (file: TemplateFile): Promise<Parsed> => {
  const { parseTemplate } = await import('../../templates/front-matter');
  try {
    return { template: parseTemplate(file) };
  } catch (error) {
    const details = error instanceof AppError ? error.details : undefined;
    const problem = error instanceof Error ? error.message : String(error);
    const line = typeof details?.['line'] === 'number' ? details['line'] : null;
    return { problem, line, issues: issuesOf(file.file, problem, line, details?.['problems']) };
  }
};

const strings = (value: unknown): boolean =>
  Array.isArray(value) && value.every((v) => typeof v === 'string');

/** A template read back from the store, when it is one for this very file. */
const asTemplate = (value: unknown, file: TemplateFile): Template | null => {
  const t = value as Partial<Template> | null;
  const fits =
    typeof t === 'object' &&
    t !== null &&
    [t.id, t.title, t.kind, t.summary, t.body].every((v) => typeof v === 'string') &&
    (t.owner === undefined || typeof t.owner === 'string') &&
    strings(t.clauses) &&
    strings(t.controls) &&
    typeof t.bodyLine === 'number' &&
    t.file === file.file &&
    t.origin === file.origin;
  return fits ? (t as Template) : null;
};

const parseKept = async (file: TemplateFile, source: TemplateSource): Promise<Parsed> => {
  const key = `${file.origin}\u0000${file.file}\u0000${file.source}`;
  const known = parsed.get(key);
  if (known) return known;
  const built = file.origin === 'builtin' ? (source.builtParsed?.(file) ?? null) : null;
  if (built) return remember(key, { template: built });
  const kept = source.kept ?? null;
  if (!kept) return remember(key, await parseNow(file));
  // Only parsed templates go to disk; a file with a problem is parsed (and reported) each run.
  const stored = kept.digest(`template 1\u0000${key}`);
  const template = asTemplate(await kept.get(stored), file);
  if (template) return remember(key, { template });
  const result = remember(key, await parseNow(file));
  if ('template' in result) await kept.set(stored, result.template);
  return result;
};

/** The line of the front matter's `id:` field, which a duplicate id is about. */
const idLine = (file: TemplateFile): number | null => {
  const index = file.source.split('\n').findIndex((line) => /^id\s*:/.test(line));
  return index === -1 ? null : index + 1;
};

/** Parses built-in and workspace templates; a workspace template replaces a built-in of the same id. */
export const loadTemplateLibrary = async (
  source: TemplateSource,
  workspaceRoot: string | null,
): Promise<TemplateLibrary> => {
  const files = await source.list(workspaceRoot);
  const results = await Promise.all(files.map((file) => parseKept(file, source)));
  const byId = new Map<string, Template>();
  const failed: TemplateFailure[] = [];
  const fail = (
    file: TemplateFile,
    message: string,
    line: number | null,
    issues: readonly TemplateIssue[] = issuesOf(file.file, message, line),
  ) => failed.push({ file: file.file, origin: file.origin, line, message, issues });
  for (const [index, file] of files.entries()) {
    const result = results[index]!;
    if ('problem' in result) {
      fail(file, result.problem, result.line, result.issues);
      continue;
    }
    const { template } = result;
    const existing = byId.get(template.id);
    if (existing && existing.origin === file.origin) {
      fail(
        file,
        `${file.file}: template id "${template.id}" is already used by ${existing.file}`,
        idLine(file),
      );
      continue;
    }
    byId.set(template.id, template);
  }
  const templates = [...byId.values()].sort((a, b) => a.id.localeCompare(b.id));
  return {
    templates,
    refs: templates.map(({ id, title }) => ({ id, title })),
    problems: failed.map((f) => f.message),
    failed,
    get: (id) => {
      const template = byId.get(id);
      if (!template)
        throw new AppError('not-found', `no template with id "${id}"`, { templateId: id });
      return template;
    },
  };
};

/**
 * A file that cannot be used, as `templates.list` lists it: named by its file (its id may be
 * what failed), with the reason. Kind, clauses and controls say nothing here.
 */
export const unusableTemplate = (failure: TemplateFailure) => {
  const name = failure.file.split('/').pop() ?? failure.file;
  return {
    id: name.replace(/\.md$/, ''),
    title: name,
    kind: 'policy' as const,
    clauses: [],
    controls: [],
    summary: failure.message,
    origin: failure.origin,
    problem: {
      file: failure.file,
      line: failure.line,
      message: failure.message,
      issues: [...failure.issues],
    },
  };
};
