import { describe, expect, it } from 'vitest';
import { AppError } from '../errors';
import { parseTemplate } from './front-matter';
import { renderTemplateSync } from './render';

const FILE = 'templates/access-control-policy.md';

const VALID = [
  '---',
  'id: access-control-policy',
  'title: Access Control Policy',
  'kind: policy # one of the document kinds',
  'clauses: ["5.2", 6.1.3]',
  'controls: [5.15, "5.18", 8.2]',
  'summary: Who may use which systems and how access is granted and removed.',
  '---',
  '# Purpose',
  '',
  '{{ organisation.name }} controls access.',
].join('\n');

const parse = (source: string) => parseTemplate({ file: FILE, origin: 'builtin', source });

const invalid = (source: string): AppError => {
  try {
    parse(source);
  } catch (error) {
    if (error instanceof AppError) return error;
    throw error;
  }
  throw new Error('expected the template to be rejected');
};

/** VALID with one front matter line replaced (or removed when `line` is null). */
const withLine = (prefix: string, line: string | null): string =>
  VALID.split('\n')
    .flatMap((l) => (l.startsWith(prefix) ? (line === null ? [] : [line]) : [l]))
    .join('\n');

describe('parseTemplate', () => {
  it('reads the front matter fields and the body with the line it starts on', () => {
    const template = parse(VALID);
    expect(template).toEqual({
      id: 'access-control-policy',
      title: 'Access Control Policy',
      kind: 'policy',
      clauses: ['5.2', '6.1.3'],
      controls: ['5.15', '5.18', '8.2'],
      summary: 'Who may use which systems and how access is granted and removed.',
      body: '# Purpose\n\n{{ organisation.name }} controls access.',
      bodyLine: 9,
      file: FILE,
      origin: 'builtin',
    });
  });

  it('keeps unquoted identifiers such as 5.10 as written, not as numbers', () => {
    const template = parse(withLine('controls:', 'controls: [5.10, 8.30]'));
    expect(template.controls).toEqual(['5.10', '8.30']);
  });

  it('accepts a byte order mark and Windows line endings', () => {
    const template = parse(`\uFEFF${VALID.replace(/\n/g, '\r\n')}`);
    expect(template.id).toBe('access-control-policy');
    expect(template.bodyLine).toBe(9);
  });

  it('lets errors in the body point at lines of the file', () => {
    const template = parse(VALID);
    const result = renderTemplateSync(template, {}, { mode: 'export' });
    expect(result.unfilled).toEqual([{ field: 'organisation.name', line: 11, column: 4 }]);
  });

  it.each([
    ['id:', 'id: Access_Control', 'id', 2, 'kebab-case'],
    ['title:', null, 'title', undefined, 'is required'],
    ['kind:', 'kind: memo', 'kind', 4, 'policy, procedure, plan, record, register, report'],
    ['clauses:', 'clauses: 5.2', 'clauses', 5, 'must be a list'],
    ['controls:', 'controls: ["5.15", "5.99"]', 'controls[1]', 6, '"5.99" is not'],
    ['controls:', 'controls: ["A.5.15"]', 'controls[0]', 6, 'Annex A'],
    ['controls:', null, 'controls', undefined, 'use [] for none'],
    ['summary:', 'summary: "  "', 'summary', 7, 'must not be empty'],
  ])('names the field when %s is wrong (%s)', (prefix, line, field, fileLine, text) => {
    const error = invalid(withLine(prefix, line));
    expect(error.code).toBe('template-invalid');
    expect(error.message).toContain(`${FILE}: front matter field "${field}"`);
    expect(error.message).toContain(text);
    expect(error.details).toMatchObject({ file: FILE, field });
    if (fileLine !== undefined) {
      expect(error.message).toContain(`(line ${fileLine})`);
      expect(error.details).toMatchObject({ line: fileLine });
    }
  });

  it('gives the line and column of a YAML error in the file', () => {
    const error = invalid(withLine('clauses:', 'clauses: ["5.2"\ncontrols2: x'));
    expect(error.code).toBe('template-invalid');
    expect(error.message).toMatch(
      /^templates\/access-control-policy\.md: front matter is not valid YAML at line \d+, column \d+/,
    );
    expect(error.details).toMatchObject({ file: FILE });
    const line = Number(error.details.line);
    expect(line).toBeGreaterThanOrEqual(5);
    expect(line).toBeLessThanOrEqual(7);
  });

  it('reports a repeated key with its line', () => {
    const error = invalid(withLine('title:', 'title: One\ntitle: Two'));
    expect(error.message).toContain('line 4');
    expect(error.message).toContain('unique');
  });

  it('rejects a file without front matter, with an unclosed block or with no fields', () => {
    expect(invalid('# Just Markdown').message).toBe(
      `${FILE}: must start with a front matter block: a line "---", YAML fields, a line "---"`,
    );
    expect(invalid('---\nid: x\n# body').message).toContain('front matter is not closed');
    expect(invalid('---\n---\nbody').message).toContain('front matter must be "key: value" fields');
    expect(invalid('---\n- a\n- b\n---\nbody').message).toContain('must be "key: value" fields');
  });
});
