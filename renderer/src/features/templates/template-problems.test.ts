import { describe, expect, it } from 'vitest';
import type { ApiOutput } from '../../../../core/api/contract';
import { templateProblemLines, workspacePath } from './template-problems';

type Listed = ApiOutput<'templates.list'>[number];

const unusable = (file: string, problem: Omit<NonNullable<Listed['problem']>, 'file'>): Listed => ({
  id: file.replace(/^.*\/|\.md$/g, ''),
  title: file,
  kind: 'policy',
  clauses: [],
  controls: [],
  summary: problem.message,
  origin: 'workspace',
  problem: { file, ...problem },
});

const usable: Listed = {
  id: 'acme-extra',
  title: 'Acme extra',
  kind: 'policy',
  clauses: [],
  controls: [],
  summary: 'Fine.',
  origin: 'workspace',
  problem: null,
};

describe('the notice of unusable templates', () => {
  it('lists every reason of every file once, with its file and line', () => {
    const lines = templateProblemLines([
      unusable('/acme/templates/broken.md', {
        line: 4,
        message:
          '/acme/templates/broken.md: front matter field "kind" is bad (line 4) (and 1 more)',
        issues: [
          { line: 4, message: 'front matter field "kind" is bad' },
          { line: null, message: 'front matter field "title" is required' },
        ],
      }),
      usable,
      unusable('/acme/templates/yaml.md', {
        line: 2,
        message: '/acme/templates/yaml.md: front matter is not valid YAML at line 2, column 5: x',
        issues: [{ line: 2, message: 'front matter is not valid YAML at column 5: x' }],
      }),
    ]);
    expect(lines.map(({ file, line, reason }) => [file, line, reason])).toEqual([
      ['/acme/templates/broken.md', 4, 'front matter field "kind" is bad'],
      ['/acme/templates/broken.md', null, 'front matter field "title" is required'],
      ['/acme/templates/yaml.md', 2, 'front matter is not valid YAML at column 5: x'],
    ]);
    expect(new Set(lines.map((l) => l.key)).size).toBe(3);
  });

  it('shows a problem without its list as its one message, without the file name again', () => {
    const lines = templateProblemLines([
      unusable('/acme/templates/taken.md', {
        line: 2,
        message:
          '/acme/templates/taken.md: template id "x" is already used by /acme/templates/a.md',
        issues: [],
      }),
    ]);
    expect(lines).toEqual([
      {
        key: '/acme/templates/taken.md\u00000',
        file: '/acme/templates/taken.md',
        shown: 'taken.md',
        line: 2,
        reason: 'template id "x" is already used by /acme/templates/a.md',
      },
    ]);
  });

  it('shows paths relative to the workspace, never the home folder, keeping the full path', () => {
    const dir = '/home/ann/Acme ISMS';
    const lines = templateProblemLines(
      [
        unusable(`${dir}/templates/taken.md`, {
          line: 2,
          message: `${dir}/templates/taken.md: template id "x" is already used by ${dir}/templates/a.md`,
          issues: [],
        }),
        unusable('/opt/shared/templates/other.md', { line: null, message: 'bad', issues: [] }),
      ],
      dir,
    );
    expect(lines.map(({ file, shown, reason }) => [file, shown, reason])).toEqual([
      [
        `${dir}/templates/taken.md`,
        'templates/taken.md',
        'template id "x" is already used by templates/a.md',
      ],
      ['/opt/shared/templates/other.md', 'other.md', 'bad'],
    ]);
    expect(workspacePath('C:\\Users\\ann\\ws\\templates\\x.md', 'C:\\Users\\ann\\ws')).toBe(
      'templates/x.md',
    );
  });
});
