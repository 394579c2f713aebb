import { AppError } from '../../errors';
import { parseTemplate } from '../../templates/front-matter';
import type { Template, TemplateFile } from '../../templates/types';
import type { KeptResults, TemplateSource } from '../ports';

export type TemplateLibrary = {
  readonly templates: readonly Template[];
  /** Id and title of each template: all a render needs from the library, cheap to copy. */
  readonly refs: readonly { readonly id: string; readonly title: string }[];
  /** Files that failed to parse, with the reason, so one bad file does not hide the library. */
  readonly problems: readonly string[];
  readonly get: (id: string) => Template;
};

type Parsed = { readonly template: Template } | { readonly problem: string };

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

const parseNow = (file: TemplateFile): Parsed => {
  try {
    return { template: parseTemplate(file) };
  } catch (error) {
    return { problem: error instanceof Error ? error.message : String(error) };
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

const parseKept = async (file: TemplateFile, kept: KeptResults | null): Promise<Parsed> => {
  const key = `${file.origin}\u0000${file.file}\u0000${file.source}`;
  const known = parsed.get(key);
  if (known) return known;
  if (!kept) return remember(key, parseNow(file));
  // Only parsed templates go to disk; a file with a problem is parsed (and reported) each run.
  const stored = kept.digest(`template 1\u0000${key}`);
  const template = asTemplate(await kept.get(stored), file);
  if (template) return remember(key, { template });
  const result = remember(key, parseNow(file));
  if ('template' in result) await kept.set(stored, result.template);
  return result;
};

/** Parses built-in and workspace templates; a workspace template replaces a built-in of the same id. */
export const loadTemplateLibrary = async (
  source: TemplateSource,
  workspaceRoot: string | null,
): Promise<TemplateLibrary> => {
  const files = await source.list(workspaceRoot);
  const results = await Promise.all(files.map((file) => parseKept(file, source.kept ?? null)));
  const byId = new Map<string, Template>();
  const problems: string[] = [];
  for (const [index, file] of files.entries()) {
    const result = results[index]!;
    if ('problem' in result) {
      problems.push(result.problem);
      continue;
    }
    const { template } = result;
    const existing = byId.get(template.id);
    if (existing && existing.origin === file.origin) {
      problems.push(
        `${file.file}: template id "${template.id}" is already used by ${existing.file}`,
      );
      continue;
    }
    byId.set(template.id, template);
  }
  const templates = [...byId.values()].sort((a, b) => a.id.localeCompare(b.id));
  return {
    templates,
    refs: templates.map(({ id, title }) => ({ id, title })),
    problems,
    get: (id) => {
      const template = byId.get(id);
      if (!template)
        throw new AppError('not-found', `no template with id "${id}"`, { templateId: id });
      return template;
    },
  };
};
