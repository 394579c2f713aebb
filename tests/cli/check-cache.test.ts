import { execFile } from 'node:child_process';
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { beforeAll, describe, expect, it } from 'vitest';
import { replaceFromAnotherProcess } from '../support/other-process';
import { useCliDemo } from '../support/workspace-setup';
import { runCheck } from './run-check';

/** `isms check DIR --json` as a user starts it: the built command, a new process each time. */
const check = async (dir: string, cacheDir: string, env: Record<string, string> = {}) => {
  const result = await runCheck(dir, cacheDir, { args: ['--json'], env });
  expect(result.stdout).toContain('"report"');
  return result;
};

/** The same run with nothing kept: what every answer must equal. */
const uncached = (dir: string, cacheDir: string) =>
  check(dir, cacheDir, { ISMS_RESULT_CACHE: '0' });

const entries = async (cacheDir: string): Promise<number> =>
  (await readdir(cacheDir, { recursive: true })).filter((name) => name.endsWith('.bin')).length;

type Meta = { id: string; title: string; updatedAt: string };
type WorkspaceFile = { organisation: { name: string }; documents: Meta[] };

/** Edits workspace.json from another process, as the app, a sync tool or `git pull` would. */
const editWorkspace = async (demo: string, change: (data: WorkspaceFile) => void) => {
  const file = join(demo, 'workspace.json');
  const data = JSON.parse(await readFile(file, 'utf8')) as WorkspaceFile;
  change(data);
  await replaceFromAnotherProcess(file, `${JSON.stringify(data, null, 2)}\n`);
};

describe('isms check keeps each document checked, and checks again only what changed', () => {
  const setup = useCliDemo('isms-check-cache-');
  let demo = '';
  let cacheDir = '';
  beforeAll(() => {
    demo = setup.demo;
    cacheDir = join(setup.temp.dir, 'cache');
  });

  it('after one document is edited by another process, renders only that one', async () => {
    const first = await check(demo, cacheDir);
    const body = join(demo, 'documents', 'BWA-POL-003.md');
    const text = await readFile(body, 'utf8');
    const workspaceText = await readFile(join(demo, 'workspace.json'), 'utf8');
    // As the app saves an edit: the body, and the document's last-edited date.
    await replaceFromAnotherProcess(body, `${text}\n\nBand: {{ organisation.turnover_band }}\n`);
    await editWorkspace(demo, (data) => {
      data.documents.find((d) => d.id === 'BWA-POL-003')!.updatedAt = '2026-11-27';
    });
    const before = await entries(cacheDir);
    const edited = await check(demo, cacheDir);
    // The edited document's check, its render and the whole answer; not one per document.
    expect((await entries(cacheDir)) - before).toBeLessThan(6);
    expect(edited.stdout).toContain('organisation.turnover_band');
    expect(edited).toEqual(await uncached(demo, cacheDir));

    // Put back as it was (`git checkout` of the older files): the first answer again.
    await replaceFromAnotherProcess(body, text);
    await replaceFromAnotherProcess(join(demo, 'workspace.json'), workspaceText);
    expect(await check(demo, cacheDir)).toEqual(first);
  }, 600_000);

  it('checks every document again when data many of them print changes', async () => {
    const workspaceText = await readFile(join(demo, 'workspace.json'), 'utf8');
    await editWorkspace(demo, (data) => {
      data.organisation.name = 'Brightwater Analytics Group';
    });
    const renamed = await check(demo, cacheDir);
    expect(renamed).toEqual(await uncached(demo, cacheDir));

    // Another document's title: printed by the documents that list or refer to the documents.
    await replaceFromAnotherProcess(join(demo, 'workspace.json'), workspaceText);
    await editWorkspace(demo, (data) => {
      data.documents.find((d) => d.id === 'BWA-POL-002')!.title =
        'Project Management Policy (renamed)';
    });
    const retitled = await check(demo, cacheDir);
    expect(retitled.stdout).toContain('Project Management Policy (renamed)');
    expect(retitled).toEqual(await uncached(demo, cacheDir));
    await replaceFromAnotherProcess(join(demo, 'workspace.json'), workspaceText);
  }, 900_000);

  it('sees a frozen record or source replaced by another program, at once and in later runs', async () => {
    const { documents } = JSON.parse(await readFile(join(demo, 'workspace.json'), 'utf8')) as {
      documents: (Meta & { status: string; version: string })[];
    };
    const approved = documents.find((d) => d.status === 'approved')!;
    const file = join(demo, 'history', `${approved.id}@${approved.version}.json`);
    const recordText = await readFile(file, 'utf8');
    const before = await check(demo, cacheDir);
    // The approved words no longer match what the document fills in: changed since approval.
    const record = JSON.parse(recordText) as { markdown: string };
    record.markdown = `${record.markdown}\nA sentence that was never approved.\n`;
    await replaceFromAnotherProcess(file, JSON.stringify(record));
    const replaced = await check(demo, cacheDir);
    expect(replaced).not.toEqual(before);
    expect(replaced).toEqual(await uncached(demo, cacheDir));
    // Later, once the record's digest is trusted without reading it, after an edit elsewhere.
    await new Promise((done) => setTimeout(done, 3_200));
    const other = documents.find((d) => d.status !== 'approved')!;
    const body = join(demo, 'documents', `${other.id}.md`);
    const text = await readFile(body, 'utf8');
    await replaceFromAnotherProcess(body, `${text}\nOne more line.\n`);
    expect(await check(demo, cacheDir)).toEqual(await uncached(demo, cacheDir));
    await replaceFromAnotherProcess(file, recordText);
    // The frozen source no longer the document's text: changed since approval, whatever it fills.
    const source = file.replace(/\.json$/, '.md');
    const sourceText = await readFile(source, 'utf8');
    await replaceFromAnotherProcess(source, `${sourceText}\nAn approved line.\n`);
    const sourceChanged = await check(demo, cacheDir);
    expect(sourceChanged).not.toEqual(before);
    expect(sourceChanged).toEqual(await uncached(demo, cacheDir));
    await replaceFromAnotherProcess(source, sourceText);
    await replaceFromAnotherProcess(body, text);
    expect(await check(demo, cacheDir)).toEqual(before);
  }, 600_000);

  it('still reports a hand-broken entry of workspace.json by file and field', async () => {
    const workspaceText = await readFile(join(demo, 'workspace.json'), 'utf8');
    // The entries of this workspace.json were kept by the runs above; one is now broken by hand.
    await check(demo, cacheDir);
    await editWorkspace(demo, (data) => {
      data.documents[5]!.updatedAt = 'yesterday';
    });
    const isms = join(import.meta.dirname, '..', '..', 'bin', 'isms.mjs');
    const failed = await promisify(execFile)(process.execPath, [isms, 'check', demo], {
      env: { ...process.env, ISMS_FIXED_TIME: '2026-11-28T09:00:00Z', ISMS_CACHE_DIR: cacheDir },
    }).then(
      () => ({ code: 0, stderr: '' }),
      (error: { code: number; stderr: string }) => error,
    );
    expect(failed.code).toBe(1);
    expect(failed.stderr).toContain(`${join(demo, 'workspace.json')}: documents[5].updatedAt`);
    await replaceFromAnotherProcess(join(demo, 'workspace.json'), workspaceText);
  }, 300_000);
});
