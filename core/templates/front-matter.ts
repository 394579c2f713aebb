import { LineCounter, parseDocument, type Document, type YAMLError } from 'yaml';
import { z } from 'zod';
import { AppError } from '../errors';
import { ANNEX_A_CONTROLS } from '../frameworks/annex-a';
import { describeZodIssues } from '../model/issues';
import { DOCUMENT_KINDS, ROLE_KEYS } from '../model/workspace';
import type { Template, TemplateFile, TemplateFrontMatter } from './types';

const ANNEX_A_IDS = new Set(ANNEX_A_CONTROLS.map((control) => control.id));

const requiredText = (what: string) =>
  z
    .string({ error: (issue) => (issue.input === undefined ? 'is required' : `must be ${what}`) })
    .trim()
    .min(1, `must not be empty (${what})`);

const list = (item: z.ZodType<string>) =>
  z.array(item, {
    error: (issue) =>
      issue.input === undefined ? 'is required (use [] for none)' : 'must be a list, e.g. ["5.1"]',
  });

export const frontMatterSchema = z.object({
  id: requiredText('a kebab-case id').regex(
    /^[a-z0-9]+(-[a-z0-9]+)*$/,
    'must be kebab-case: lower-case letters and digits joined by single hyphens',
  ),
  title: requiredText('a title'),
  kind: z.enum(DOCUMENT_KINDS, {
    error: (issue) =>
      `${issue.input === undefined ? 'is required' : 'is not a known kind'}: use one of ${DOCUMENT_KINDS.join(', ')}`,
  }),
  clauses: list(requiredText('a clause identifier such as 6.1.2')),
  controls: list(
    requiredText('an Annex A identifier such as 5.1').refine((id) => ANNEX_A_IDS.has(id), {
      error: (issue) =>
        `"${String(issue.input)}" is not an ISO/IEC 27001:2022 Annex A control (5.1-5.37, 6.1-6.8, 7.1-7.14, 8.1-8.34)`,
    }),
  ),
  summary: requiredText('a one-sentence summary'),
  /** The role that owns documents made from this template; by kind when absent. */
  owner: z
    .enum(ROLE_KEYS, {
      error: () => `is not a known role: use one of ${ROLE_KEYS.join(', ')}`,
    })
    .optional(),
});

const FIELDS = Object.keys(frontMatterSchema.shape).join(', ');

/**
 * Splits a template file into its YAML front matter and Liquid body and validates the front
 * matter. Throws AppError('template-invalid') naming the file and the field or the YAML position.
 */
export const parseTemplate = (file: TemplateFile): Template => {
  const { yaml, body, bodyLine } = splitFrontMatter(file);
  const lineCounter = new LineCounter();
  // Failsafe schema: every scalar stays a string, so `controls: [5.10]` is "5.10", not 5.1.
  const document = parseDocument(yaml, { schema: 'failsafe', lineCounter, prettyErrors: true });
  const yamlError = document.errors[0];
  if (yamlError) throw yamlSyntaxError(file, yamlError);
  const data: unknown = document.toJS();
  if (data === null || typeof data !== 'object' || Array.isArray(data)) {
    throw invalid(file, `front matter must be "key: value" fields (${FIELDS})`, {
      line: 2,
      column: 1,
    });
  }
  const result = frontMatterSchema.safeParse(data);
  if (!result.success) throw fieldError(file, document, lineCounter, result.error);
  const frontMatter: TemplateFrontMatter = result.data;
  return { ...frontMatter, body, bodyLine, file: file.file, origin: file.origin };
};

type Split = { readonly yaml: string; readonly body: string; readonly bodyLine: number };

const splitFrontMatter = (file: TemplateFile): Split => {
  const source = file.source.replace(/^\uFEFF/, '');
  const lines = source.split('\n');
  if (lines[0]?.trimEnd() !== '---') {
    throw invalid(
      file,
      'must start with a front matter block: a line "---", YAML fields, a line "---"',
      {
        line: 1,
        column: 1,
      },
    );
  }
  const close = lines.findIndex((line, i) => i > 0 && /^(---|\.\.\.)\s*$/.test(line));
  if (close === -1) {
    throw invalid(file, 'front matter is not closed: add a line "---" after the fields', {
      line: 1,
      column: 1,
    });
  }
  return {
    yaml: lines.slice(1, close).join('\n'),
    body: lines.slice(close + 1).join('\n'),
    bodyLine: close + 2,
  };
};

// The YAML starts on the file's second line, after the opening "---".
const yamlSyntaxError = (file: TemplateFile, error: YAMLError): AppError => {
  const line = (error.linePos?.[0].line ?? 1) + 1;
  const column = error.linePos?.[0].col ?? 1;
  const message = error.message.split('\n')[0]?.replace(/ at line \d+, column \d+:?$/, '');
  return invalid(
    file,
    `front matter is not valid YAML at line ${line}, column ${column}: ${message}`,
    {
      line,
      column,
      problems: [
        { line, message: `front matter is not valid YAML at column ${column}: ${message}` },
      ],
    },
  );
};

const fieldError = (
  file: TemplateFile,
  document: Document,
  lineCounter: LineCounter,
  error: z.ZodError,
): AppError => {
  const issues = describeZodIssues(error);
  const positionOf = (path: readonly PropertyKey[]) => {
    const node = document.getIn(path, true);
    return isRanged(node) ? lineCounter.linePos(node.range[0]) : undefined;
  };
  const first = error.issues[0];
  const position = first ? positionOf(first.path) : undefined;
  const line = position ? position.line + 1 : undefined;
  const field = issues[0]?.path ?? '(root)';
  const where = line === undefined ? '' : ` (line ${line})`;
  const more = issues.length > 1 ? ` (and ${issues.length - 1} more)` : '';
  // Every issue once, with its own line (null for a field that is missing), for a list.
  const problems = issues.map((issue, i) => {
    const at = positionOf(error.issues[i]?.path ?? []);
    const message = `front matter field "${issue.path}" ${issue.message}`;
    return { line: at ? at.line + 1 : null, message };
  });
  return invalid(
    file,
    `front matter field "${field}" ${issues[0]?.message ?? 'is invalid'}${where}${more}`,
    {
      field,
      ...(position && line !== undefined ? { line, column: position.col } : {}),
      issues,
      problems,
    },
  );
};

const isRanged = (node: unknown): node is { range: [number, number, number] } =>
  typeof node === 'object' && node !== null && Array.isArray((node as { range?: unknown }).range);

const invalid = (file: TemplateFile, message: string, details: Record<string, unknown>) =>
  new AppError('template-invalid', `${file.file}: ${message}`, { file: file.file, ...details });
