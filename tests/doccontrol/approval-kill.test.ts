import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import type { Api } from '../../core/api/contract';
import { failure, useDemoPerTest } from '../support/doccontrol-demo';

// An approval killed (SIGKILL, as a power cut) at each step of freezing its files leaves files
// that workspace.json does not refer to; the next approval of that version, under the lock,
// replaces them and completes. Files that workspace.json does refer to are never replaced.

const ROOT = join(import.meta.dirname, '..', '..');
const ID = 'BWA-POL-002';
const run = promisify(execFile);

const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

/** `isms approve` in a child process told to kill itself at `step` (a test-only hook). */
const killedApproval = async (dir: string, step: string) => {
  const child = run(
    process.execPath,
    [
      join(ROOT, 'bin', 'isms.mjs'),
      'approve',
      dir,
      ID,
      '--approver',
      'Maria Okafor',
      '--reason',
      'First try',
    ],
    { env: { ...process.env, NODE_ENV: 'test', ISMS_FAULT_STEP: step } },
  );
  return child.then(
    () => null,
    (error: { signal?: string | null; stderr?: string }) => error,
  );
};

describe('an approval killed part-way', () => {
  let api: Api;
  let dir: string;
  const demo = useDemoPerTest(async (opened) => {
    ({ api, dir } = opened);
    const { body } = await api['documents.get']({ dir, id: ID });
    await api['documents.update']({ dir, id: ID, body: `${body}\nA clarified paragraph.\n` });
    await api['documents.submitForReview']({ dir, id: ID });
  });

  const frozen = async () =>
    (await readdir(join(dir, 'history'))).filter((n) => n.startsWith(`${ID}@1.1.`)).sort();
  const file = (ext: string) => join(dir, 'history', `${ID}@1.1.${ext}`);

  const approveAgain = () => {
    demo.setDay('2026-12-03');
    return api['documents.approve']({
      dir,
      id: ID,
      approver: 'maria-okafor',
      reason: 'Clarified after the internal audit',
      change: 'minor',
    });
  };

  for (const [step, left] of [
    ['freeze:after-docx', ['docx']],
    ['freeze:after-json', ['docx', 'json']],
    ['freeze:after-md', ['docx', 'json', 'md']],
  ] as const) {
    it(`leaves nothing recorded when killed at ${step}, and the next approval completes`, async () => {
      const killed = await killedApproval(dir, step);
      expect(killed?.signal, killed?.stderr).toBe('SIGKILL');
      // Nothing recorded: still in review at 1.1, with the files written before the kill.
      const meta = (await api['documents.list']({ dir })).find((d) => d.id === ID);
      expect(meta).toMatchObject({ status: 'review', version: '1.1' });
      expect(await frozen()).toEqual(left.map((ext) => `${ID}@1.1.${ext}`));

      const approved = await approveAgain();
      expect(approved).toMatchObject({ status: 'approved', version: '1.1' });
      // The files are this approval's: its reason, its day, its Word file.
      const record = JSON.parse(await readFile(file('json'), 'utf8')) as {
        approvedAt: string;
        markdown: string;
        wordFile: { sha256: string };
      };
      expect(record.approvedAt).toBe('2026-12-03');
      expect(record.wordFile.sha256).toBe(sha256(await readFile(file('docx'))));
      expect(await readFile(file('md'), 'utf8')).toContain('A clarified paragraph.');
      expect(record.markdown).toContain('A clarified paragraph.');
      const exported = await api['documents.export']({ dir, id: ID });
      expect(exported.warnings).toEqual([]);
    }, 180_000);
  }

  it('never replaces files that workspace.json refers to: a different text is a conflict', async () => {
    await approveAgain();
    const before = await Promise.all(['md', 'json', 'docx'].map((ext) => readFile(file(ext))));
    // workspace.json put back into review at 1.1 (a bad merge, say), its approval of 1.1 now
    // recorded only in the revision history, as files written before `approvals` existed do.
    const path = join(dir, 'workspace.json');
    const workspace = JSON.parse(await readFile(path, 'utf8')) as {
      documents: { id: string; status: string; approvals: { version: string }[] }[];
    };
    const entry = workspace.documents.find((d) => d.id === ID)!;
    entry.status = 'review';
    entry.approvals = entry.approvals.filter((a) => a.version !== '1.1');
    await writeFile(path, JSON.stringify(workspace, null, 2));
    demo.setDay('2026-12-04');
    const error = await failure(
      api['documents.approve']({
        dir,
        id: ID,
        approver: 'maria-okafor',
        reason: 'Approved again',
        change: 'minor',
      }),
    );
    expect(error).toMatchObject({ code: 'conflict' });
    expect(error.message).toContain(`history/${ID}@1.1.docx`);
    expect(error.message).toContain('never overwritten');
    const after = await Promise.all(['md', 'json', 'docx'].map((ext) => readFile(file(ext))));
    expect(after.map((b, i) => b.equals(before[i]!))).toEqual([true, true, true]);
  }, 180_000);
});
