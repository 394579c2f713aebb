import { createHash } from 'node:crypto';
import { mkdtemp, mkdir, rm, stat, utimes, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createFolderDigests, knownDigestOf } from '../../backend/store/folder-digests';
import { createResultCache } from '../../backend/render/result-cache';

const sha = (text: string) => createHash('sha256').update(text).digest('hex');
const folders: string[] = [];

const folder = async () => {
  const dir = await mkdtemp(join(tmpdir(), 'isms-digests-'));
  folders.push(dir);
  await mkdir(join(dir, 'ws', 'documents'), { recursive: true });
  return dir;
};

afterEach(async () => {
  for (const dir of folders.splice(0)) await rm(dir, { recursive: true, force: true });
});

// A file's change time cannot be set back, so this test trusts a file read just after it changed.
const trusting = { racyMs: -60_000 };

describe('folder digests', () => {
  it('gives the digest of every file and sees a same-size edit with its times put back', async () => {
    const dir = await folder();
    const file = join(dir, 'ws', 'documents', 'POL-001.md');
    await writeFile(file, 'first text');
    const cache = createResultCache(join(dir, 'cache'), 'test');
    const first = createFolderDigests(cache);
    expect(await first.files(join(dir, 'ws'))).toEqual([
      { path: join('documents', 'POL-001.md'), size: 10, digest: sha('first text') },
    ]);
    await first.save();
    // Another program writes the same number of bytes and sets the old times back (cp -p).
    const before = await stat(file);
    await writeFile(file, 'other text');
    await utimes(file, before.atime, before.mtime);
    const next = createFolderDigests(cache);
    expect((await next.files(join(dir, 'ws')))[0]?.digest).toBe(sha('other text'));
  });

  it('reads an unchanged file that last changed long before it was read no more', async () => {
    const dir = await folder();
    const file = join(dir, 'ws', 'workspace.json');
    await writeFile(file, '{}');
    const cache = createResultCache(join(dir, 'cache'), 'test');
    const first = createFolderDigests(cache, trusting);
    await first.files(join(dir, 'ws'));
    await first.save();
    // The recorded digest is the one used while the file is untouched: forge it to see that.
    const forged = createResultCache(join(dir, 'cache'), 'test');
    const key = createHash('sha256')
      .update(`folder digests 1\u0000${join(dir, 'ws')}`)
      .digest('hex');
    const kept = (await forged.get(key)) as Record<string, { digest: string }>;
    await forged.set(key, { 'workspace.json': { ...kept['workspace.json'], digest: 'kept' } });
    expect((await createFolderDigests(forged, trusting).files(join(dir, 'ws')))[0]?.digest).toBe(
      'kept',
    );
    // Touching the file at all (even setting the same times) moves its change time: read again.
    const now = await stat(file);
    await utimes(file, now.atime, now.mtime);
    expect((await createFolderDigests(forged, trusting).files(join(dir, 'ws')))[0]?.digest).toBe(
      sha('{}'),
    );
  });

  it('reads again a file that had changed just before it was read', async () => {
    const dir = await folder();
    const file = join(dir, 'ws', 'workspace.json');
    await writeFile(file, '{}');
    const cache = createResultCache(join(dir, 'cache'), 'test');
    const first = createFolderDigests(cache);
    await first.files(join(dir, 'ws'));
    await first.save();
    const key = createHash('sha256')
      .update(`folder digests 1\u0000${join(dir, 'ws')}`)
      .digest('hex');
    const kept = (await cache.get(key)) as Record<string, { digest: string }>;
    await cache.set(key, { 'workspace.json': { ...kept['workspace.json'], digest: 'kept' } });
    // A second write within the same clock tick would leave the times as they were: not trusted.
    expect((await createFolderDigests(cache).files(join(dir, 'ws')))[0]?.digest).toBe(sha('{}'));
  });

  it('vouches for a digest it saw only while the file keeps its inode, size and times', async () => {
    const dir = await folder();
    const file = join(dir, 'ws', 'documents', 'POL-002.md');
    await writeFile(file, 'approved text');
    // Read just after it changed: racily clean, so no digest is vouched for yet.
    await createFolderDigests(null).files(join(dir, 'ws'));
    expect(knownDigestOf(file)).toBeNull();
    await createFolderDigests(null, trusting).files(join(dir, 'ws'));
    expect(knownDigestOf(file)).toBe(sha('approved text'));
    const before = await stat(file);
    await writeFile(file, 'changed text!');
    await utimes(file, before.atime, before.mtime);
    expect(knownDigestOf(file)).toBeNull();
    expect(knownDigestOf(join(dir, 'ws', 'documents', 'never-seen.md'))).toBeNull();
  });

  it('leaves out the top-level folders it is told to skip', async () => {
    const dir = await folder();
    await mkdir(join(dir, 'ws', 'exports'));
    await writeFile(join(dir, 'ws', 'exports', 'a.docx'), 'x');
    await writeFile(join(dir, 'ws', 'documents', 'a.md'), 'y');
    const files = await createFolderDigests(null).files(join(dir, 'ws'), new Set(['exports']));
    expect(files.map((f) => f.path)).toEqual([join('documents', 'a.md')]);
  });
});
