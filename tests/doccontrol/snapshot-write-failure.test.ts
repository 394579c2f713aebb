import { spawnSync } from 'node:child_process';
import type { FileHandle } from 'node:fs/promises';
import { readFile, readdir, rm } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { nodeAtomicFs, type AtomicFs } from '../../backend/store/atomic-write';
import { createFileWorkspaceStore } from '../../backend/store/file-workspace-store';
import { createTemplateSource } from '../../backend/templates/template-source';
import { createApiClient } from '../../core/api/client';
import type { Api } from '../../core/api/contract';
import { createDispatcher } from '../../core/api/dispatch';
import { createService } from '../../core/api/service';
import { copyDemo } from '../support/demo-copy';
import { fixedClock } from '../support/fixed-clock';
import { makeTempDir } from '../support/temp-dir';

// Freezing an approved version writes history/<id>@<version>.docx, .json and .md. When the disk fails
// part-way (an I/O error, a full disk, a folder that refuses new files), the approval must fail
// with a message naming the file, the document must stay in review, and no half snapshot or temp
// file may be left for a later approval to trip over or a reader to trust.

type Fault = {
  readonly code: string;
  readonly at: 'open' | 'write' | 'link';
  readonly file: RegExp;
};

const injected = (code: string, path: string) =>
  Object.assign(new Error(`${code}: injected fault, '${path}'`), { code });

/** The store's file system, failing once the way `fault` says for the files it matches. */
const faultyFs = (fault: () => Fault | null): AtomicFs => {
  const hits = (at: Fault['at'], path: string) => {
    const now = fault();
    return now !== null && now.at === at && now.file.test(basename(path)) ? now : null;
  };
  return {
    ...nodeAtomicFs,
    open: async (path, flags) => {
      const opening = hits('open', path);
      if (opening && flags === 'wx') throw injected(opening.code, path);
      const handle = await nodeAtomicFs.open(path, flags);
      const writing = flags === 'wx' ? hits('write', path) : null;
      if (!writing) return handle;
      // The data reaches the disk half-way, then the disk refuses the rest.
      const broken = {
        writeFile: async (data: string | Uint8Array) => {
          await handle.writeFile(typeof data === 'string' ? data.slice(0, 10) : data.slice(0, 10));
          throw injected(writing.code, path);
        },
        sync: () => handle.sync(),
        close: () => handle.close(),
      };
      return broken as unknown as FileHandle;
    },
    link: async (existing, newPath) => {
      const linking = hits('link', newPath);
      if (linking) throw injected(linking.code, newPath);
      return nodeAtomicFs.link(existing, newPath);
    },
  };
};

const setImmutable = (dir: string, on: boolean): boolean =>
  spawnSync('chattr', [on ? '+i' : '-i', dir]).status === 0;
const probe = await makeTempDir('isms-immutable-probe-');
const canLock = setImmutable(probe.dir, true) && setImmutable(probe.dir, false);
await probe.cleanup();

describe('an approval whose frozen copy cannot be written', () => {
  let temp: Awaited<ReturnType<typeof makeTempDir>>;
  let dir = '';
  let id = '';
  let fault: Fault | null = null;
  const api: Api = createApiClient((method, input) =>
    createDispatcher(
      createService({
        store: createFileWorkspaceStore({ fs: faultyFs(() => fault) }),
        templates: createTemplateSource(),
        clock: fixedClock,
      }),
    )(method, input),
  );

  beforeAll(async () => {
    temp = await makeTempDir('isms-snapshot-fault-');
    dir = join(temp.dir, 'demo');
    await copyDemo(dir);
    const drafts = (await api['documents.list']({ dir })).filter(
      (d) => d.status === 'draft' && d.unfilledCount === 0 && d.problem === null,
    );
    id = drafts[0]!.id;
    await api['documents.submitForReview']({ dir, id });
  }, 300_000);
  afterAll(() => temp.cleanup());
  beforeEach(async () => {
    fault = null;
    // Each case starts with no frozen file, whatever an earlier failing one left.
    for (const name of await historyOf()) await rm(join(dir, 'history', name));
  });

  const approve = () =>
    api['documents.approve']({ dir, id, approver: 'maria-okafor', reason: 'Reviewed' });

  const historyOf = async () =>
    (await readdir(join(dir, 'history'))).filter((name) => name.includes(id));

  it.each<Fault>([
    { code: 'EIO', at: 'open', file: /@1\.0\.docx\./ },
    { code: 'EIO', at: 'open', file: /@1\.0\.json\./ },
    { code: 'ENOSPC', at: 'write', file: /@1\.0\.json\./ },
    { code: 'EACCES', at: 'open', file: /@1\.0\.md\./ },
    { code: 'ENOSPC', at: 'write', file: /@1\.0\.md\./ },
    { code: 'EIO', at: 'link', file: /@1\.0\.md$/ },
  ])(
    'fails cleanly on $code at $at of $file',
    async (failure) => {
      const workspaceBefore = await readFile(join(dir, 'workspace.json'), 'utf8');
      fault = failure;

      const error = await approve().then(
        () => null,
        (e: unknown) => e as Error & { code?: string },
      );
      expect(error?.message).toMatch(
        new RegExp(`Could not save .*history.${id}@1\\.0\\.(md|json|docx)`),
      );
      expect(error?.message).toContain(failure.code);

      fault = null;
      // Still in review, nothing recorded, no half snapshot or temp file left behind.
      expect((await api['documents.control']({ dir, id })).view.state).toBe('review');
      expect(await readFile(join(dir, 'workspace.json'), 'utf8')).toBe(workspaceBefore);
      expect(await historyOf()).toEqual([]);
      expect((await readdir(join(dir, 'history'))).filter((n) => n.endsWith('.tmp'))).toEqual([]);
    },
    120_000,
  );

  // Permissions do not stop root, which runs the tests here; an immutable folder (chattr +i)
  // stops every writer. Where chattr cannot do that, this case is skipped.
  it.skipIf(!canLock)(
    'fails cleanly when the history folder refuses new files',
    async () => {
      const history = join(dir, 'history');
      const workspaceBefore = await readFile(join(dir, 'workspace.json'), 'utf8');
      expect(setImmutable(history, true)).toBe(true);
      try {
        await expect(approve()).rejects.toThrow(
          new RegExp(`Could not save .*history.${id}@1\\.0\\.docx`),
        );
      } finally {
        setImmutable(history, false);
      }
      expect((await api['documents.control']({ dir, id })).view.state).toBe('review');
      expect(await readFile(join(dir, 'workspace.json'), 'utf8')).toBe(workspaceBefore);
      expect(await readdir(history)).not.toContainEqual(expect.stringContaining(id));
    },
    120_000,
  );

  it('approves once the disk works again, with its Word file, record and text frozen', async () => {
    await expect(approve()).resolves.toMatchObject({ status: 'approved', version: '1.0' });
    expect((await historyOf()).sort()).toEqual([
      `${id}@1.0.docx`,
      `${id}@1.0.json`,
      `${id}@1.0.md`,
    ]);
  }, 120_000);
});
