import { AppError } from '../../errors';
import { parseTemplate } from '../../templates/front-matter';
import type { Template, TemplateFile } from '../../templates/types';
import type { TemplateSource } from '../ports';

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
// change: each file's result is kept for as long as its path, origin and text stay the same.
const parsed = new Map<string, Parsed>();
const PARSED_LIMIT = 2_000;

const parseCached = (file: TemplateFile): Parsed => {
  const key = `${file.origin}\u0000${file.file}\u0000${file.source}`;
  const known = parsed.get(key);
  if (known) return known;
  let result: Parsed;
  try {
    result = { template: parseTemplate(file) };
  } catch (error) {
    result = { problem: error instanceof Error ? error.message : String(error) };
  }
  if (parsed.size >= PARSED_LIMIT) parsed.clear();
  parsed.set(key, result);
  return result;
};

/** Parses built-in and workspace templates; a workspace template replaces a built-in of the same id. */
export const loadTemplateLibrary = async (
  source: TemplateSource,
  workspaceRoot: string | null,
): Promise<TemplateLibrary> => {
  const files = await source.list(workspaceRoot);
  const byId = new Map<string, Template>();
  const problems: string[] = [];
  for (const file of files) {
    const result = parseCached(file);
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
