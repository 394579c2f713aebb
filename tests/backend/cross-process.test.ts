import { spawn, type ChildProcess } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { callApi } from '../../backend/cli/call';
import { createBackend } from '../../backend/compose';
import { makeTempDir } from '../support/temp-dir';

// Real separate processes on one workspace folder: the isms command and two browser-mode
// servers, as when the app is open while the CLI runs or a synced folder is used from two places.

const ROOT = join(import.meta.dirname, '..', '..');
const ISMS = join(ROOT, 'bin', 'isms.mjs');
const TSX = join(ROOT, 'node_modules', '.bin', 'tsx');

type Finished = { code: number | null; stdout: string; stderr: string };

const collect = (child: ChildProcess): Promise<Finished> =>
  new Promise((resolve) => {
    let stdout = '';
    let stderr = '';
    child.stdout?.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });

const readWorkspace = async (dir: string) =>
  JSON.parse(await readFile(join(dir, 'workspace.json'), 'utf8')) as {
    documents: { id: string; templateId: string; title: string; classification: string }[];
  };

type Server = { child: ChildProcess; base: string; token: string };

const startServer = (dir: string, configDir: string): Promise<Server> =>
  new Promise((resolve, reject) => {
    const child = spawn(TSX, ['scripts/web.ts', '--workspace', dir, '--no-build'], {
      cwd: ROOT,
      env: { ...process.env, ISMS_CONFIG_DIR: configDir },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let seen = '';
    child.stdout.on('data', (chunk: Buffer) => {
      seen += chunk.toString();
      const match = /(http:\/\/127\.0\.0\.1:\d+)\/\S*#token=(\S+)/.exec(seen);
      if (match?.[1] && match[2]) resolve({ child, base: match[1], token: match[2] });
    });
    child.stderr.on('data', (chunk: Buffer) => (seen += chunk.toString()));
    child.on('exit', (code) => reject(new Error(`server exited with ${code}: ${seen}`)));
  });

const call = async (server: Server, method: string, input: unknown) => {
  const response = await fetch(`${server.base}/api/${method}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${server.token}` },
    body: JSON.stringify(input),
  });
  return (await response.json()) as { ok: boolean; data?: { id?: string }; error?: unknown };
};

describe('one workspace used by several processes at once', () => {
  let temp: Awaited<ReturnType<typeof makeTempDir>>;
  let templateIds: string[];

  beforeAll(async () => {
    temp = await makeTempDir('isms-multi-');
    const listed = await callApi(createBackend().dispatch, 'templates.list', {});
    templateIds = listed.map((t) => t.id);
  });
  afterAll(() => temp.cleanup());

  it('keeps all sixteen documents when sixteen `isms add` run together', async () => {
    const dir = join(temp.dir, 'sixteen');
    const init = await collect(spawn(process.execPath, [ISMS, 'init', dir], { cwd: ROOT }));
    expect(init.code).toBe(0);
    const chosen = templateIds.slice(0, 16);
    const runs = await Promise.all(
      chosen.map((id) => collect(spawn(process.execPath, [ISMS, 'add', dir, id], { cwd: ROOT }))),
    );
    for (const run of runs) expect(run, run.stderr).toMatchObject({ code: 0 });
    const workspace = await readWorkspace(dir);
    expect(workspace.documents.map((d) => d.templateId).sort()).toEqual([...chosen].sort());
    const ids = workspace.documents.map((d) => d.id);
    expect(new Set(ids).size).toBe(16);
    for (const id of ids) {
      await expect(readFile(join(dir, 'documents', `${id}.md`), 'utf8')).resolves.not.toBe('');
    }
  }, 180_000);

  it('loses no update and hands out no ID twice with two browser-mode servers on one folder', async () => {
    const dir = join(temp.dir, 'two-servers');
    const { dispatch } = createBackend();
    await callApi(dispatch, 'workspace.create', { dir, from: 'blank' });
    const ids: string[] = [];
    for (const templateId of templateIds.slice(0, 23)) {
      ids.push((await callApi(dispatch, 'documents.create', { dir, templateId })).id);
    }
    const servers = await Promise.all([
      startServer(dir, join(temp.dir, 'config-a')),
      startServer(dir, join(temp.dir, 'config-b')),
    ]);
    try {
      const updates = ids.flatMap((id, i) =>
        servers.map((server, s) =>
          call(server, 'documents.update', {
            dir,
            id,
            meta: s === 0 ? { title: `Title ${i}` } : { classification: `Level ${i}` },
          }),
        ),
      );
      const creates = Array.from({ length: 20 }, (_, i) =>
        call(servers[i % 2]!, 'documents.create', { dir, templateId: templateIds[30 + (i % 10)] }),
      );
      const answers = await Promise.all([...updates, ...creates]);
      for (const answer of answers) expect(answer).toMatchObject({ ok: true });
      const workspace = await readWorkspace(dir);
      ids.forEach((id, i) => {
        const meta = workspace.documents.find((d) => d.id === id);
        expect(meta).toMatchObject({ title: `Title ${i}`, classification: `Level ${i}` });
      });
      const createdIds = answers.slice(updates.length).map((a) => a.data?.id);
      expect(new Set(createdIds).size).toBe(20);
      expect(workspace.documents).toHaveLength(43);
      expect(new Set(workspace.documents.map((d) => d.id)).size).toBe(43);
    } finally {
      for (const server of servers) server.child.kill();
    }
  }, 180_000);
});
