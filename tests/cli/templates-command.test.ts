import { mkdir, rm, symlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cli } from '../support/workspace-setup';
import { makeTempDir } from '../support/temp-dir';

const template = (id: string) =>
  `---\nid: ${id}\ntitle: ${id} title\nkind: policy\nclauses: []\ncontrols: []\nsummary: A test template.\n---\n# ${id}\n`;

describe('isms templates DIR', () => {
  let temp: Awaited<ReturnType<typeof makeTempDir>>;
  let workspace: string;
  beforeAll(async () => {
    temp = await makeTempDir('templates-command');
    workspace = join(temp.dir, 'acme');
    expect((await cli('init', workspace)).code).toBe(0);
  });
  afterAll(() => temp.cleanup());

  it("lists the workspace's own templates beside the built-in ones", async () => {
    await mkdir(join(workspace, 'templates'), { recursive: true });
    await writeFile(join(workspace, 'templates', 'acme-extra.md'), template('acme-extra'));
    const result = await cli('templates', workspace);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/acme-extra\s+policy\s+acme-extra title/);
    expect(result.stdout).toMatch(/access-control-policy .*controls 5\.15/);
  });

  it('lists a workspace template that cannot be used with its file, line and reason', async () => {
    await mkdir(join(workspace, 'templates'), { recursive: true });
    await writeFile(
      join(workspace, 'templates', 'acme-broken.md'),
      template('acme-broken').replace('kind: policy', 'kind: memo'),
    );
    await writeFile(join(workspace, 'templates', 'acme-yaml.md'), '---\nid: [acme\n---\n# x\n');
    const result = await cli('templates', workspace);
    // The listing succeeded: a broken file is reported, and `isms check` is what fails on it.
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(
      /acme-broken\s+UNUSABLE\s+\S*templates\/acme-broken\.md, line 4$/m,
    );
    expect(result.stdout).toMatch(/acme-yaml\s+UNUSABLE\s+\S*templates\/acme-yaml\.md, line \d+$/m);
    expect(result.stdout).toMatch(/acme-extra\s+policy\s+acme-extra title/);
    expect(result.stdout).toMatch(/; 2 file\(s\) in templates\/ cannot be used/);
    expect(result.stderr).toContain(
      'templates/acme-broken.md: front matter field "kind" is not a known kind',
    );
    expect(result.stderr).toContain('templates/acme-yaml.md: front matter is not valid YAML');

    const check = await cli('check', workspace);
    expect(check.code).toBe(1);
    expect(`${check.stdout}\n${check.stderr}`).toContain('templates/acme-broken.md');

    // `isms add --all` adds only what can be used.
    const added = await cli('add', workspace, '--all');
    expect(added.code).toBe(0);
    expect(added.stdout).toContain('acme-extra title');
    expect(added.stdout).not.toMatch(/acme-broken|acme-yaml/);
  });

  it.skipIf(process.platform === 'win32')(
    'says why when templates/ is linked outside the workspace instead of listing the built-ins',
    async () => {
      const outside = join(temp.dir, 'outside');
      await mkdir(outside, { recursive: true });
      await writeFile(join(outside, 'stolen.md'), template('stolen'));
      await rm(join(workspace, 'templates'), { recursive: true, force: true });
      await symlink(outside, join(workspace, 'templates'));
      for (const argv of [[workspace], ['--workspace', workspace]]) {
        const result = await cli('templates', ...argv);
        expect(result.code).toBe(1);
        expect(result.stderr).toContain('templates/stolen.md');
        expect(result.stderr).toContain('must stay inside the workspace folder');
        expect(result.stdout).not.toContain('access-control-policy');
      }
    },
  );
});
