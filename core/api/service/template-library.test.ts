import { describe, expect, it } from 'vitest';
import type { TemplateFile } from '../../templates/types';
import { loadTemplateLibrary } from './template-library';

// A workspace template with several bad front matter fields is listed with every reason once,
// each on its own line, so the Templates screen can say what each is (not "(and 3 more)").

const FILE = '/work/acme/templates/acme-broken.md';

const BROKEN = [
  '---',
  'id: Acme_Broken',
  'title: Acme broken',
  'kind: memo',
  'clauses: 5.2',
  'controls: ["5.99"]',
  'summary: A test template.',
  '---',
  '# Acme',
].join('\n');

const library = (files: readonly TemplateFile[]) =>
  loadTemplateLibrary({ list: () => Promise.resolve(files) }, '/work/acme');

describe('unusable workspace templates', () => {
  it('lists every reason once with its own line, and no reason repeats its line', async () => {
    const { failed } = await library([{ file: FILE, origin: 'workspace', source: BROKEN }]);
    expect(failed).toHaveLength(1);
    const issues = failed[0]!.issues;
    expect(issues.map((issue) => issue.line)).toEqual([2, 4, 5, 6]);
    expect(issues.map((issue) => issue.message)).toEqual([
      expect.stringMatching(/^front matter field "id" .*kebab-case/),
      expect.stringMatching(/^front matter field "kind" /),
      expect.stringMatching(/^front matter field "clauses" must be a list/),
      expect.stringMatching(/^front matter field "controls\[0\]" "5\.99" is not/),
    ]);
    for (const { message } of issues) {
      expect(message).not.toMatch(/\(line \d+\)|more\)|acme-broken\.md/);
    }
  });

  it('gives a file with one problem (a YAML error, a taken id) its line and reason once', async () => {
    const { failed } = await library([
      { file: FILE, origin: 'workspace', source: '---\nid: [acme\n---\n# x\n' },
      { file: '/work/acme/templates/a.md', origin: 'workspace', source: valid('acme-a') },
      { file: '/work/acme/templates/b.md', origin: 'workspace', source: valid('acme-a') },
    ]);
    const [yaml, taken] = failed.map((f) => f.issues);
    expect(yaml).toHaveLength(1);
    expect(yaml![0]!.line).toBe(2);
    expect(yaml![0]!.message).toMatch(/^front matter is not valid YAML at column \d+: /);
    expect(taken).toEqual([
      { line: 2, message: 'template id "acme-a" is already used by /work/acme/templates/a.md' },
    ]);
  });
});

const valid = (id: string) =>
  `---\nid: ${id}\ntitle: ${id}\nkind: policy\nclauses: []\ncontrols: []\nsummary: A test.\n---\n# ${id}\n`;
