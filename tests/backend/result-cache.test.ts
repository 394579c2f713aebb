import { copyFile, mkdir, readdir, readFile, stat, utimes, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDemoWorkspaceData } from '../../core/demo/demo-workspace';
import type { Workspace } from '../../core/model/workspace';
import { cacheLimitBytes } from '../../backend/render/cache-bound';
import { codeFingerprint, createResultCache } from '../../backend/render/result-cache';
import { makeTempDir } from '../support/temp-dir';

const job = (body: string, today = '2026-11-28') => ({ meta: { id: 'BWA-POL-001' }, body, today });

describe('results kept between runs', () => {
  let temp: Awaited<ReturnType<typeof makeTempDir>>;
  let workspace: Workspace;

  beforeAll(async () => {
    temp = await makeTempDir('isms-result-cache-');
    workspace = createDemoWorkspaceData();
  });
  afterAll(() => temp.cleanup());

  it('gives back a stored export, bytes included, in a new cache over the same folder', async () => {
    const dir = join(temp.dir, 'roundtrip');
    const first = createResultCache(dir, 'build-1');
    const key = first.key('exportControlled', workspace, job('# Policy'));
    expect(await first.get(key)).toBeUndefined();
    await first.set(key, { bytes: new Uint8Array([80, 75, 3, 4]), incomplete: false });
    const again = createResultCache(dir, 'build-1');
    const stored = (await again.get(again.key('exportControlled', workspace, job('# Policy')))) as {
      bytes: Uint8Array;
      incomplete: boolean;
    };
    expect([...stored.bytes]).toEqual([80, 75, 3, 4]);
    expect(stored.incomplete).toBe(false);
  });

  it('never answers for a changed body, changed data, another day or another build', () => {
    const cache = createResultCache(join(temp.dir, 'keys'), 'build-1');
    const base = cache.key('render', workspace, job('# Policy'));
    const renamed: Workspace = {
      ...workspace,
      organisation: { ...workspace.organisation, name: 'Brightwater Data Ltd' },
    };
    const others = [
      cache.key('render', workspace, job('# Policy.')),
      cache.key('render', renamed, job('# Policy')),
      cache.key('render', workspace, job('# Policy', '2026-11-29')),
      cache.key('export', workspace, job('# Policy')),
      createResultCache(join(temp.dir, 'keys'), 'build-2').key(
        'render',
        workspace,
        job('# Policy'),
      ),
    ];
    expect(new Set([base, ...others]).size).toBe(others.length + 1);
    // The same content in a new object (the next process) finds the same entry.
    expect(cache.key('render', structuredClone(workspace), job('# Policy'))).toBe(base);
  });

  it('treats a damaged entry as missing', async () => {
    const dir = join(temp.dir, 'damaged');
    const cache = createResultCache(dir, 'build-1');
    const key = cache.key('render', workspace, job('# Policy'));
    await mkdir(join(dir, key.slice(0, 2)), { recursive: true });
    await writeFile(join(dir, key.slice(0, 2), `${key}.bin`), 'not a stored result');
    expect(await cache.get(key)).toBeUndefined();
    await cache.set(key, { markdown: 'filled', unfilled: [] });
    expect(await cache.get(key)).toEqual({ markdown: 'filled', unfilled: [] });
    expect((await readdir(join(dir, key.slice(0, 2)))).every((f) => !f.endsWith('.tmp'))).toBe(
      true,
    );
  });

  it('keeps nothing for a worker run from its TypeScript sources', () => {
    const source = new URL('../../backend/render/render-worker-source.mjs', import.meta.url);
    expect(codeFingerprint(source)).toBeNull();
  });

  const fileOf = (dir: string, key: string) => join(dir, key.slice(0, 2), `${key}.bin`);

  it('never gives the result of another key, nor a damaged one, for a misplaced or altered file', async () => {
    const dir = join(temp.dir, 'misplaced');
    const cache = createResultCache(dir, 'build-1');
    const mine = cache.key('render', workspace, job('# Policy'));
    const other = cache.key('render', workspace, job('# Policy, changed'));
    await cache.set(other, { markdown: 'the other document', unfilled: [] });
    // A stale or stray file where this key's entry belongs is a miss, not the other result.
    await mkdir(join(dir, mine.slice(0, 2)), { recursive: true });
    await copyFile(fileOf(dir, other), fileOf(dir, mine));
    expect(await cache.get(mine)).toBeUndefined();
    // One changed byte in an entry makes it a miss too.
    const bytes = await readFile(fileOf(dir, other));
    const at = bytes.length - 3;
    bytes[at] = (bytes[at] ?? 0) ^ 0x20;
    await writeFile(fileOf(dir, other), bytes);
    expect(await cache.get(other)).toBeUndefined();
  });

  it('keeps the folder under its size limit, dropping the least recently used first', async () => {
    const dir = join(temp.dir, 'bounded');
    const entry = (n: number) => ({ bytes: new Uint8Array(10_000).fill(n), incomplete: false });
    const cache = createResultCache(dir, 'build-1', { maxBytes: 35_000 });
    const keys = [0, 1, 2].map((n) => cache.key('export', workspace, job(`# Policy ${n}`)));
    for (const [n, key] of keys.entries()) await cache.set(key, entry(n));
    // Written an hour apart, oldest first; then the oldest is read again, so it is the newest.
    for (const [n, key] of keys.entries()) {
      const then = new Date(Date.now() - (3 - n) * 3_600_000);
      await utimes(fileOf(dir, key), then, then);
    }
    expect(await cache.get(keys[0]!)).toEqual(entry(0));
    const fourth = cache.key('export', workspace, job('# Policy 3'));
    await cache.set(fourth, entry(3));
    expect(await cache.get(keys[1]!)).toBeUndefined();
    expect(await cache.get(keys[0]!)).toEqual(entry(0));
    expect(await cache.get(fourth)).toEqual(entry(3));
    let total = 0;
    for (const shard of await readdir(dir)) {
      for (const name of await readdir(join(dir, shard))) {
        total += (await stat(join(dir, shard, name))).size;
      }
    }
    expect(total).toBeLessThanOrEqual(35_000);
  });

  it('takes its limit from ISMS_CACHE_MAX_MB, 200 MB by default', () => {
    expect(cacheLimitBytes({})).toBe(200 * 1024 * 1024);
    expect(cacheLimitBytes({ ISMS_CACHE_MAX_MB: '50' })).toBe(50 * 1024 * 1024);
    expect(cacheLimitBytes({ ISMS_CACHE_MAX_MB: 'lots' })).toBe(200 * 1024 * 1024);
  });
});
