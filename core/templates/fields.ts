import type { Liquid, Variable } from 'liquidjs';
import { createTemplateEngine } from './engine';
import { parseBody, type TemplateBody } from './parse-body';
import type { TemplateField } from './types';

let analysisEngine: Liquid | undefined;

/**
 * The workspace fields a template reads (printed or tested), each once with its first position in
 * the template file, in reading order. Loop variables and `assign`ed names are not listed: they
 * are the template's own. Throws AppError('template-syntax') like rendering does.
 */
export const listTemplateFields = (template: TemplateBody): TemplateField[] => {
  analysisEngine ??= createTemplateEngine();
  const parsed = parseBody(analysisEngine, template);
  const { globals } = analysisEngine.analyzeSync(parsed, { partials: false });
  const found = Object.values(globals)
    .flat()
    .map((variable) => toField(variable, template.bodyLine))
    .sort((a, b) => a.line - b.line || a.column - b.column);
  const first = new Map<string, TemplateField>();
  for (const field of found) if (!first.has(field.field)) first.set(field.field, field);
  return [...first.values()];
};

const toField = (variable: Variable, bodyLine: number): TemplateField => ({
  field: variable.toString(),
  line: variable.location.row + bodyLine - 1,
  column: variable.location.col,
});
