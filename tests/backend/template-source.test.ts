import { mkdir, symlink, writeFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  createTemplateSource,
  findBuiltinTemplatesDir,
} from '../../backend/templates/template-source';
import { failure, makeTempDir } from './workspace-fixture';

const template = (id: string) => `---\nid: ${id}\ntitle: ${id}\nkind: policy\n---\n# ${id}\n`;

const put = async (file: string, text: string) => {
  await mkdir(join(file, '..'), { recursive: true });
  await writeFile(file, text);
};

describe('template-source', () => {
  let dir: string;
  let cleanup: () => Promise<void>;
  let builtin: string;
  let workspace: string;
  beforeEach(async () => {
    ({ dir, cleanup } = await makeTempDir('templates'));
    builtin = join(dir, 'app', 'templates');
    workspace = join(dir, 'acme');
    await put(join(builtin, 'risk-method.md'), template('risk-method'));
    await put(join(builtin, 'policies', 'access-control.md'), template('access-control'));
    await put(join(builtin, 'policies', 'Backup.md'), `\uFEFF${template('backup')}`);
    await put(join(builtin, 'README.md'), '# About these templates\n');
    await put(join(builtin, 'notes.txt'), 'not a template');
    await put(join(builtin, '.draft.md'), template('draft'));
    await put(join(workspace, 'templates', 'risk-method.md'), template('risk-method'));
    await put(join(workspace, 'templates', 'acme-extra.md'), template('acme-extra'));
  });
  afterEach(() => cleanup());

  it('lists built-in templates, then the workspace ones, each group in path order', async () => {
    const files = await createTemplateSource(builtin).list(workspace);
    const listed = files.map((f) => [f.origin, relative(dir, f.file).split('\\').join('/')]);
    expect(listed).toEqual([
      ['builtin', 'app/templates/policies/Backup.md'],
      ['builtin', 'app/templates/policies/access-control.md'],
      ['builtin', 'app/templates/risk-method.md'],
      ['workspace', 'acme/templates/acme-extra.md'],
      ['workspace', 'acme/templates/risk-method.md'],
    ]);
  });

  it('hands over the source text without a byte-order mark', async () => {
    const files = await createTemplateSource(builtin).list(null);
    const backup = files.find((f) => f.file.endsWith('Backup.md'));
    expect(backup?.source).toBe(template('backup'));
    expect(files.every((f) => f.source.startsWith('---\n'))).toBe(true);
  });

  it('lists only built-ins without a workspace or when it has no templates folder', async () => {
    const withoutWorkspace = await createTemplateSource(builtin).list(null);
    const emptyWorkspace = await createTemplateSource(builtin).list(join(dir, 'plain'));
    expect(withoutWorkspace.map((f) => f.origin)).toEqual(['builtin', 'builtin', 'builtin']);
    expect(emptyWorkspace).toEqual(withoutWorkspace);
  });

  it.skipIf(process.platform === 'win32')(
    'refuses a workspace template that links to a file outside the workspace',
    async () => {
      await writeFile(join(dir, 'secret.md'), template('secret'));
      await symlink(join(dir, 'secret.md'), join(workspace, 'templates', 'linked.md'));
      const error = await failure(createTemplateSource(builtin).list(workspace));
      expect(error).toMatchObject({
        code: 'invalid-input',
        details: { value: join('templates', 'linked.md') },
      });
    },
  );

  it.skipIf(process.platform === 'win32')(
    'refuses a templates folder that is itself a link to a folder outside the workspace',
    async () => {
      const outside = join(dir, 'outside');
      await put(join(outside, 'stolen.md'), template('stolen'));
      const linked = join(dir, 'linked-workspace');
      await mkdir(linked, { recursive: true });
      await symlink(outside, join(linked, 'templates'));
      const error = await failure(createTemplateSource(builtin).list(linked));
      expect(error).toMatchObject({
        code: 'invalid-input',
        details: { value: join('templates', 'stolen.md') },
      });
      expect((error as Error).message).toContain('must stay inside the workspace folder');
    },
  );

  it('reports a missing built-in folder by name', async () => {
    const missing = join(dir, 'nowhere');
    const error = await failure(createTemplateSource(missing).list(null));
    expect(error).toMatchObject({ code: 'not-found', details: { file: missing } });
  });

  it('finds the project templates folder, not backend/templates, from inside the project', async () => {
    const project = join(dir, 'project');
    await put(join(project, 'package.json'), '{}');
    await put(join(project, 'templates', 'a.md'), template('a'));
    await put(join(project, 'backend', 'templates', 'template-source.ts'), '');
    expect(findBuiltinTemplatesDir(join(project, 'backend', 'templates'))).toBe(
      join(project, 'templates'),
    );
  });

  it('defaults to the repository templates folder', async () => {
    const files = await createTemplateSource().list(null);
    const expectedDir = findBuiltinTemplatesDir();
    expect(relative(process.cwd(), expectedDir)).toBe('templates');
    expect(files.every((f) => f.origin === 'builtin' && f.file.startsWith(expectedDir))).toBe(true);
  });
});
