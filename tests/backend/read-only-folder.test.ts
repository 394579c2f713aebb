import { spawnSync } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { makeTempDir } from '../support/temp-dir';
import { addPolicyDraft, useFreshWorkspaces } from '../support/workspace-setup';

// Permissions do not stop root, which runs the tests here; an immutable folder (chattr +i) stops
// every writer. Where chattr cannot do that (another file system, no privilege), this is skipped.
const setImmutable = (dirs: readonly string[], on: boolean): boolean =>
  dirs.every((dir) => spawnSync('chattr', [on ? '+i' : '-i', dir]).status === 0);

const probe = await makeTempDir('isms-immutable-probe-');
const canLock = setImmutable([probe.dir], true) && setImmutable([probe.dir], false);
await probe.cleanup();

describe.skipIf(!canLock)('a workspace folder that cannot be written', () => {
  const locked: string[] = [];
  afterEach(() => {
    setImmutable(locked.splice(0), false);
  });

  const ws = useFreshWorkspaces('isms-read-only-', { prepare: addPolicyDraft });

  it('opens, and a save says the folder cannot be written, never that it does not exist', async () => {
    const { dispatch, dir } = ws;
    const { id } = ws.prepared;
    const body = await readFile(join(dir, 'documents', `${id}.md`), 'utf8');
    locked.push(dir, join(dir, 'documents'));
    expect(setImmutable(locked, true)).toBe(true);

    expect(await dispatch('workspace.open', { dir })).toMatchObject({ ok: true });
    const saved = await dispatch('documents.update', { dir, id, body: 'Changed.' });
    expect(saved).toMatchObject({ ok: false, error: { code: 'io-failed' } });
    if (saved.ok) return;
    expect(saved.error.message).toContain(`${dir} cannot be written to`);
    expect(saved.error.message).not.toContain('does not exist');
    expect(await readFile(join(dir, 'documents', `${id}.md`), 'utf8')).toBe(body);

    const created = await dispatch('workspace.create', {
      dir: join(dir, 'inner'),
      from: 'blank',
    });
    expect(created).toMatchObject({ ok: false });
    if (created.ok) return;
    expect(created.error.message).toContain(`${dir} is read-only or not yours`);
  });
});
