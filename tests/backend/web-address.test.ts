import { spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { callApi } from '../../backend/cli/call';
import { createBackend } from '../../backend/compose';
import { startWorkspace } from '../../backend/http/web-address';
import { makeTempDir } from '../support/temp-dir';

const ROOT = join(import.meta.dirname, '..', '..');

/** `npm run web` as a real process, with what it has printed so far. */
const startWeb = (configDir: string, args: readonly string[]) => {
  const child = spawn(
    process.execPath,
    ['--import', 'tsx', join(ROOT, 'scripts', 'web.ts'), '--no-build', ...args],
    { cwd: ROOT, env: { ...process.env, ISMS_CONFIG_DIR: configDir } },
  );
  let printed = '';
  child.stdout.on('data', (chunk: Buffer) => (printed += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (printed += chunk.toString()));
  const waitFor = async (pattern: RegExp): Promise<RegExpMatchArray> => {
    for (let waited = 0; waited < 90_000; waited += 100) {
      const found = printed.match(pattern);
      if (found) return found;
      if (child.exitCode !== null) break;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    throw new Error(`npm run web did not print ${pattern}; it printed:\n${printed}`);
  };
  return { child, waitFor };
};

const ADDRESS = /http:\/\/127\.0\.0\.1:(\d+)\/\?workspace=([^#\s]+)#token=(\S+)/;

describe('the address the browser mode prints', () => {
  const running: ChildProcess[] = [];
  afterEach(() => {
    for (const child of running.splice(0)) child.kill('SIGTERM');
  });

  it('names the workspace opened in the page, and next time starts there', async () => {
    const temp = await makeTempDir('isms-web-');
    try {
      const { dispatch } = createBackend();
      const first = join(temp.dir, 'first');
      const second = join(temp.dir, 'second');
      await callApi(dispatch, 'workspace.create', { dir: first, from: 'blank', name: 'First' });
      await callApi(dispatch, 'workspace.create', { dir: second, from: 'blank', name: 'Second' });
      const config = join(temp.dir, 'config');

      const web = startWeb(config, ['--workspace', first]);
      running.push(web.child);
      const [, port, shown, token] = await web.waitFor(ADDRESS);
      expect(decodeURIComponent(shown ?? '')).toBe(first);

      // What the page does when the user opens another workspace.
      const answer = await fetch(`http://127.0.0.1:${port}/api/workspace.open`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
        body: JSON.stringify({ dir: second }),
      });
      expect(await answer.json()).toMatchObject({ ok: true });
      const [, , switched, sameToken] = await web.waitFor(
        new RegExp(`Now open: [^\\n]+\\n[^]*?${ADDRESS.source}`),
      );
      expect(decodeURIComponent(switched ?? '')).toBe(second);
      expect(sameToken).toBe(token);
      web.child.kill('SIGTERM');

      // Started again without --workspace: the workspace used last, not the demo.
      const again = startWeb(config, []);
      running.push(again.child);
      const [, , reopened] = await again.waitFor(ADDRESS);
      expect(decodeURIComponent(reopened ?? '')).toBe(second);
    } finally {
      await temp.cleanup();
    }
  }, 180_000);

  it('starts on the last workspace that still exists, else on the demo', () => {
    const exists = (dir: string) => dir !== '/gone';
    expect(startWorkspace(['/gone', '/ours', '/older'], '/demo', exists)).toBe('/ours');
    expect(startWorkspace([null, '/gone'], '/demo', exists)).toBe('/demo');
  });
});
