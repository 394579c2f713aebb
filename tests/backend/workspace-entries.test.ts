import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { AppError } from '../../core/errors';
import { parseWorkspaceJson } from '../../core/model/parse-workspace';
import type { CheckedFileCache } from '../../backend/store/checked-file-cache';
import { createFileWorkspaceStore } from '../../backend/store/file-workspace-store';
import { readByEntry } from '../../backend/store/workspace-entries';
import { failure, makeTempDir, sampleWorkspace } from './workspace-fixture';

/** A checked-file cache in memory that counts what it was asked to keep. */
const memoryCache = () => {
  const values = new Map<string, unknown>();
  const keyOf = (kind: string, bytes: Uint8Array) => `${kind}:${Buffer.from(bytes).toString()}`;
  const cache: CheckedFileCache = {
    get: (kind, bytes) => Promise.resolve(structuredClone(values.get(keyOf(kind, bytes)))),
    set: (kind, bytes, value) => {
      values.set(keyOf(kind, bytes), structuredClone(value));
      return Promise.resolve();
    },
  };
  return cache;
};

type Meta = { id: string; title: string; updatedAt: string };

describe('workspace.json checked one document entry at a time', () => {
  let dir: string;
  let cleanup: () => Promise<void>;
  let file: string;
  beforeEach(async () => {
    ({ dir, cleanup } = await makeTempDir('entries'));
    file = join(dir, 'workspace.json');
    const workspace = sampleWorkspace('Acme Ltd');
    const first = workspace.documents[0]!;
    const documents = ['001', '002', '003'].map((n) => ({ ...first, id: `ACME-POL-${n}` }));
    await createFileWorkspaceStore().create(
      dir,
      { ...workspace, documents },
      Object.fromEntries(documents.map((d) => [d.id, '# Policy\n'])),
    );
  });
  afterEach(() => cleanup());

  const editOnDisk = async (
    edit: (json: { documents: Meta[] } & Record<string, unknown>) => void,
  ) => {
    const json = JSON.parse(await readFile(file, 'utf8')) as { documents: Meta[] };
    edit(json);
    const text = JSON.stringify(json, null, 2);
    await writeFile(file, text);
    return text;
  };

  it('reads what checking the whole file reads, after an edit of one entry', async () => {
    const cache = memoryCache();
    const before = await readFile(file, 'utf8');
    expect(await readByEntry(dir, before, cache)).toEqual(
      parseWorkspaceJson(before, file).workspace,
    );
    // As the app saves an edit: one document's last-edited date (and an unknown key kept).
    const edited = await editOnDisk((json) => {
      json.documents[1]!.updatedAt = '2026-11-27';
      json['addedLater'] = true;
    });
    const read = await readByEntry(dir, edited, cache);
    expect(read).toEqual(parseWorkspaceJson(edited, file).workspace);
    expect(read?.documents[1]?.updatedAt).toBe('2026-11-27');
    // Every document its own object, as a whole-file reading gives.
    expect(new Set(read?.documents).size).toBe(3);
  });

  it('leaves a broken entry to the whole-file check, even one whose neighbours were kept', async () => {
    const cache = memoryCache();
    expect(await readByEntry(dir, await readFile(file, 'utf8'), cache)).not.toBeNull();
    const broken = await editOnDisk((json) => {
      json.documents[2]!.updatedAt = 'yesterday';
    });
    expect(await readByEntry(dir, broken, cache)).toBeNull();
    const topBroken = await editOnDisk((json) => {
      json.documents[2]!.updatedAt = '2026-11-27';
      json['organisation'] = 'not an object';
    });
    expect(await readByEntry(dir, topBroken, cache)).toBeNull();
  });

  it('reports a hand-broken entry by file and field through the store, every time', async () => {
    // A first read keeps the entries (in this test run's cache folder).
    await (await createFileWorkspaceStore().open(dir)).read();
    await editOnDisk((json) => {
      json.documents[2]!.updatedAt = 'yesterday';
    });
    for (let i = 0; i < 2; i += 1) {
      const error = (await failure(createFileWorkspaceStore().open(dir))) as AppError;
      expect(error.code).toBe('workspace-invalid');
      expect(error.message).toContain(file);
      expect(error.message).toContain('documents[2].updatedAt');
    }
    // Mended by hand: read again, with the mended value.
    await editOnDisk((json) => {
      json.documents[2]!.updatedAt = '2026-11-26';
    });
    const read = await (await createFileWorkspaceStore().open(dir)).read();
    expect(read.documents[2]?.updatedAt).toBe('2026-11-26');
  });
});
