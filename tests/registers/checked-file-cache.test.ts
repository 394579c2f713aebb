import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createResultCache } from '../../backend/render/result-cache';
import {
  createCheckedFileCache,
  sharedCheckedFileCache,
} from '../../backend/store/checked-file-cache';
import { createFileWorkspaceStore } from '../../backend/store/file-workspace-store';
import { createTestApi } from '../support/workspace-setup';
import { replaceFromAnotherProcess } from '../support/other-process';
import { makeTempDir } from '../support/temp-dir';

// The user's cache folder for this file's tests: set before any store reads a register.
const cacheTemp = await makeTempDir('isms-checked-files-');
process.env['ISMS_CACHE_DIR'] = cacheTemp.dir;
delete process.env['ISMS_RESULT_CACHE'];

/** A workspace read by a store that has never seen it, as when the app starts. */
const readFresh = async (dir: string) => (await createFileWorkspaceStore().open(dir)).read();

describe('register files checked once per content', () => {
  let temp: Awaited<ReturnType<typeof makeTempDir>>;
  let dir = '';
  let file = '';

  beforeAll(async () => {
    temp = await makeTempDir('isms-checked-ws-');
    dir = join(temp.dir, 'demo');
    await createTestApi().api['workspace.create']({ dir, from: 'demo' });
    file = join(dir, 'registers', 'risks.json');
  }, 180_000);
  afterAll(async () => {
    await temp.cleanup();
    await cacheTemp.cleanup();
  });

  it('reads back exactly what checking the file gave, keyed by its bytes', async () => {
    const checked = await readFresh(dir);
    const cache = await sharedCheckedFileCache();
    expect(cache).not.toBeNull();
    const bytes = await readFile(file);
    expect(await cache!.get('register-file risks', bytes)).toEqual({
      entries: checked.registers.risks,
      nextId: null,
    });
    // Same values, same key order: what is derived from the workspace (render keys) is the same.
    const again = await readFresh(dir);
    expect(JSON.stringify(again)).toBe(JSON.stringify(checked));
    // One changed byte is another file.
    const edited = Buffer.from(bytes.toString('utf8').replace('R-001', 'R-00l'));
    expect(await cache!.get('register-file risks', edited)).toBeUndefined();
  });

  it('sees a change made by another program, and reports an invalid file every time', async () => {
    const text = await readFile(file, 'utf8');
    await readFresh(dir);
    await replaceFromAnotherProcess(
      file,
      text.replace(/"title": "[^"]*"/, '"title": "Edited in another editor"'),
    );
    expect((await readFresh(dir)).registers.risks[0]?.title).toBe('Edited in another editor');

    await replaceFromAnotherProcess(file, text.replace('"likelihood": 3', '"likelihood": 9'));
    for (let i = 0; i < 2; i += 1) {
      await expect(readFresh(dir)).rejects.toThrow(
        /registers\/risks\.json: entries\[\d+\]\.likelihood: /,
      );
    }
    await replaceFromAnotherProcess(file, text);
    expect((await readFresh(dir)).registers.risks[0]?.title).not.toBe('Edited in another editor');
  });

  it('trusts nothing checked by other code', async () => {
    const results = createResultCache(join(cacheTemp.dir, 'other'), 'code');
    const bytes = Buffer.from('{"entries":[]}');
    await createCheckedFileCache(results, 'build 1').set('register-file risks', bytes, {
      entries: [],
      nextId: null,
    });
    const later = createCheckedFileCache(results, 'build 2');
    expect(await later.get('register-file risks', bytes)).toBeUndefined();
  });
});
