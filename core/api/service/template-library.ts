import { AppError } from '../../errors';
import { parseTemplate } from '../../templates/front-matter';
import type { Template } from '../../templates/types';
import type { TemplateSource } from '../ports';

export type TemplateLibrary = {
  readonly templates: readonly Template[];
  /** Files that failed to parse, with the reason, so one bad file does not hide the library. */
  readonly problems: readonly string[];
  readonly get: (id: string) => Template;
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
    try {
      const template = parseTemplate(file);
      const existing = byId.get(template.id);
      if (existing && existing.origin === file.origin) {
        problems.push(
          `${file.file}: template id "${template.id}" is already used by ${existing.file}`,
        );
        continue;
      }
      byId.set(template.id, template);
    } catch (error) {
      problems.push(error instanceof Error ? error.message : String(error));
    }
  }
  const templates = [...byId.values()].sort((a, b) => a.id.localeCompare(b.id));
  return {
    templates,
    problems,
    get: (id) => {
      const template = byId.get(id);
      if (!template)
        throw new AppError('not-found', `no template with id "${id}"`, { templateId: id });
      return template;
    },
  };
};
