import { mkdir, readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDemoWorkspaceData } from '../../core/demo/demo-workspace';
import type { Workspace } from '../../core/model/workspace';
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
    expect(codeFingerprint(source, join(temp.dir, 'package-lock.json'))).toBeNull();
  });
});
