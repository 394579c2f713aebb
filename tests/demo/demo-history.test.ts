import { readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { deserialize, serialize } from 'node:v8';
import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { defaultCacheDir } from '../../backend/render/result-cache';
import { createDemoHistoryStore } from '../../backend/store/demo-history-store';
import { base64ToBytes } from '../../core/api/base64';
import type { DemoVersionFiles } from '../../core/api/service/demo-history';
import { readDocxParts } from '../support/docx-parts';
import { snapshot } from '../support/folder-snapshot';
import { makeTempDir } from '../support/temp-dir';
import { cli, createTestApi } from '../support/workspace-setup';

// A new demo carries every approved version's Word file, the file its approval makes; the
// versions are kept in the cache folder between runs, and a kept entry is used only when it is
// intact and each Word file is the one its record names.

type Record = { documentId: string; version: string; wordFile?: { sha256: string; size: number } };

const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');
const textOf = (xml: string) => xml.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ');
const keptFile = () => join(defaultCacheDir(), 'demo', 'demo-history.bin');
const history = (dir: string) => snapshot(join(dir, 'history'));

describe('the demo workspace', () => {
  let temp: Awaited<ReturnType<typeof makeTempDir>>;
  let reference: string;
  beforeAll(async () => {
    temp = await makeTempDir('demo-history');
    reference = join(temp.dir, 'reference');
    await createTestApi().api['workspace.create']({ dir: reference, from: 'demo' });
  }, 300_000);
  afterAll(() => temp.cleanup());

  it('stores the Word file of every approved version, named by its record', async () => {
    const names = await readdir(join(reference, 'history'));
    const records = names.filter((n) => n.endsWith('.json'));
    expect(records).toHaveLength(62);
    for (const name of records) {
      const record = JSON.parse(await readFile(join(reference, 'history', name), 'utf8')) as Record;
      const docx = await readFile(join(reference, 'history', name.replace(/\.json$/, '.docx')));
      expect(record.wordFile, name).toEqual({
        file: `history/${record.documentId}@${record.version}.docx`,
        sha256: sha256(docx),
        size: docx.length,
      });
      expect(names, name).toContain(`${record.documentId}@${record.version}.md`);
    }
    // The 1.0 of a reissued document, as approved on 5 October, read back.
    const parts = readDocxParts(await readFile(join(reference, 'history', 'BWA-PLN-001@1.0.docx')));
    expect(parts['word/styles.xml']).toContain('w:styleId="Heading1"');
    expect(parts['word/document.xml']).toContain('<w:pStyle w:val="Heading1"/>');
    expect(textOf(parts['word/footer1.xml']!)).toMatch(/BWA-PLN-001 · Version .*1\.0/);
    const document = textOf(parts['word/document.xml']!);
    expect(document).toContain('Approver Maria Okafor');
    expect(document).toContain('Approved on 2026-10-05');
  });

  it('stores the bytes an approval makes: a Word file made again from its record is the same', async () => {
    const { api } = createTestApi();
    for (const [id, version] of [
      ['BWA-POL-002', '1.0'],
      ['BWA-PLN-001', '1.0'],
      ['BWA-PLN-001', '1.1'],
    ] as const) {
      const file = join(reference, 'history', `${id}@${version}.docx`);
      const stored = await readFile(file);
      await rm(file);
      const made = await api['documents.exportVersion']({ dir: reference, id, version });
      expect(Buffer.from(base64ToBytes(made.data)).equals(stored), `${id} ${version}`).toBe(true);
      await writeFile(file, stored);
    }
  }, 120_000);

  it('exports every document without a warning', async () => {
    const out = join(temp.dir, 'export');
    const result = await cli('export', reference, '--all', '--out', out);
    expect(result.code).toBe(0);
    expect(result.stderr).toBe('');
    expect((await readdir(out)).filter((n) => n.endsWith('.docx'))).toHaveLength(58);
  }, 300_000);

  it('is made from the kept versions the next time, with the same files', async () => {
    const before = await stat(keptFile());
    const again = join(temp.dir, 'again');
    await createTestApi().api['workspace.create']({ dir: again, from: 'demo' });
    expect(await history(again)).toEqual(await history(reference));
    // Used as it was, not made and written again.
    expect((await stat(keptFile())).mtimeMs).toBe(before.mtimeMs);
  }, 300_000);

  it('never copies a kept Word file that is not the one its record names: all are made again', async () => {
    // An entry that is intact as a file (its own hash matches) but holds a changed Word file.
    const data = await readFile(keptFile());
    const entry = deserialize(data.subarray(32)) as { key: string; versions: DemoVersionFiles[] };
    const first = entry.versions[0]!;
    const changed = new Uint8Array(first.wordFile);
    const at = changed.length - 30;
    changed[at] = changed[at]! ^ 0xff;
    entry.versions[0] = { ...first, wordFile: changed };
    const payload = serialize(entry);
    const forged = Buffer.concat([createHash('sha256').update(payload).digest(), payload]);
    await writeFile(keptFile(), forged);

    const rebuilt = join(temp.dir, 'rebuilt');
    await createTestApi().api['workspace.create']({ dir: rebuilt, from: 'demo' });
    expect(await history(rebuilt)).toEqual(await history(reference));
    // The entry was replaced by the versions just made.
    expect((await readFile(keptFile())).equals(forged)).toBe(false);
  }, 600_000);

  it('reads a damaged or foreign entry as nothing kept', async () => {
    const dir = join(temp.dir, 'store');
    const versions: DemoVersionFiles[] = [
      {
        documentId: 'A-1',
        version: '1.0',
        body: 'b',
        record: '{}',
        wordFile: new Uint8Array([1, 2]),
      },
    ];
    const store = createDemoHistoryStore(dir, () => 'code 1');
    await store.save('content', versions);
    expect(await store.load('content')).toEqual(versions);
    expect(await store.load('other content')).toBeNull();
    expect(await createDemoHistoryStore(dir, () => 'code 2').load('content')).toBeNull();
    const file = join(dir, 'demo-history.bin');
    const damaged = await readFile(file);
    const last = damaged.length - 1;
    damaged[last] = damaged[last]! ^ 0xff;
    await writeFile(file, damaged);
    expect(await store.load('content')).toBeNull();
    await writeFile(file, damaged.subarray(0, 20));
    expect(await store.load('content')).toBeNull();
  });
});
