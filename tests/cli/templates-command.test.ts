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
