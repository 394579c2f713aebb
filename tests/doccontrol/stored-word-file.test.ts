import { createHash } from 'node:crypto';
import { readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { base64ToBytes } from '../../core/api/base64';
import type { Api } from '../../core/api/contract';
import { readDocxParts } from '../support/docx-parts';
import { useDemoPerTest } from '../support/doccontrol-demo';

// The approved version's Word file is made once, at approval, and stored beside its frozen
// record; exports hand out exactly those bytes, and never a stored file that is not the one
// the record names.

const POLICY = 'BWA-POL-002';

const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');
const same = (a: Uint8Array, b: Uint8Array) => Buffer.from(a).equals(Buffer.from(b));
const textOf = (xml: string) => xml.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ');

type Record = { wordFile?: { file: string; sha256: string; size: number } };

describe('the Word file stored with an approved version', () => {
  let api: Api;
  let dir: string;
  const demo = useDemoPerTest((opened) => ({ api, dir } = opened));

  const history = (version: string, ext: string) =>
    join(dir, 'history', `${POLICY}@${version}.${ext}`);
  const exported = async () => {
    const result = await api['documents.export']({ dir, id: POLICY });
    return { bytes: base64ToBytes(result.data), warnings: result.warnings };
  };
  const approveRevision = async () => {
    const { body } = await api['documents.get']({ dir, id: POLICY });
    await api['documents.update']({ dir, id: POLICY, body: `${body}\nA clarified paragraph.\n` });
    await api['documents.submitForReview']({ dir, id: POLICY });
    demo.setDay('2026-12-01');
    return api['documents.approve']({
      dir,
      id: POLICY,
      approver: 'maria-okafor',
      reason: 'Clarified after the internal audit',
      change: 'minor',
    });
  };

  it('is written at approval, named by its record, and carries the approval', async () => {
    const approved = await approveRevision();
    expect(approved.version).toBe('1.1');
    const stored = new Uint8Array(await readFile(history('1.1', 'docx')));
    const record = JSON.parse(await readFile(history('1.1', 'json'), 'utf8')) as Record;
    expect(record.wordFile).toEqual({
      file: `history/${POLICY}@1.1.docx`,
      sha256: sha256(stored),
      size: stored.length,
    });

    const parts = readDocxParts(stored);
    const document = textOf(parts['word/document.xml']!);
    expect(parts['word/styles.xml']).toContain('w:styleId="Heading1"');
    expect(parts['word/document.xml']).toContain('<w:pStyle w:val="Heading1"/>');
    expect(textOf(parts['word/header1.xml']!)).toContain(
      'Information Security in Project Management Policy',
    );
    expect(textOf(parts['word/footer1.xml']!)).toMatch(/BWA-POL-002 · Version .*1\.1/);
    expect(document).toContain('Approver Maria Okafor');
    expect(document).toContain('Approved on 2026-12-01');
    expect(document).toContain('Approved by Maria Okafor: Clarified after the internal audit');
    expect(document).toContain('A clarified paragraph.');
    expect(parts['docProps/core.xml']).toContain('<cp:contentStatus>approved</cp:contentStatus>');

    // Every way out of the app gives exactly those bytes.
    const single = await exported();
    expect(same(single.bytes, stored)).toBe(true);
    expect(single.warnings).toEqual([]);
    const [many] = await api['documents.exportMany']({ dir, ids: [POLICY] });
    expect(same(base64ToBytes(many!.data), stored)).toBe(true);
    const version = await api['documents.exportVersion']({ dir, id: POLICY, version: '1.1' });
    expect(same(base64ToBytes(version.data), stored)).toBe(true);
    // The version before keeps its own stored file.
    const older = await api['documents.exportVersion']({ dir, id: POLICY, version: '1.0' });
    expect(same(base64ToBytes(older.data), await readFile(history('1.0', 'docx')))).toBe(true);
  }, 180_000);

  it('is never exported when it is not the file approved: it is made again and the export says so', async () => {
    const original = new Uint8Array(await readFile(history('1.0', 'docx')));
    // A hand-edited file: another valid Word file under the approved version's name.
    const otherFile = await readFile(join(dir, 'history', 'BWA-POL-001@1.0.docx'));
    await writeFile(history('1.0', 'docx'), otherFile);
    const edited = await exported();
    expect(same(edited.bytes, original)).toBe(true);
    expect(edited.warnings.map((w) => w.message)).toEqual([
      `${POLICY}: history/${POLICY}@1.0.docx is not the file approved (it was changed or damaged); the Word file was made again from its frozen record`,
    ]);
    const version = await api['documents.exportVersion']({ dir, id: POLICY, version: '1.0' });
    expect(same(base64ToBytes(version.data), original)).toBe(true);

    // A damaged one (one byte changed) and a missing one the same way.
    const damaged = Buffer.from(original);
    const at = damaged.length - 10;
    damaged.writeUInt8(damaged.readUInt8(at) ^ 0xff, at);
    await writeFile(history('1.0', 'docx'), damaged);
    expect(same((await exported()).bytes, original)).toBe(true);
    await rm(history('1.0', 'docx'));
    const missing = await exported();
    expect(same(missing.bytes, original)).toBe(true);
    expect(missing.warnings[0]?.message).toContain(`history/${POLICY}@1.0.docx is missing`);
  }, 180_000);

  it('is not needed by versions approved before Word files were stored', async () => {
    const stored = new Uint8Array(await readFile(history('1.0', 'docx')));
    // The workspace as an earlier version of the app left it: no .docx, no hash in the record.
    const recordFile = history('1.0', 'json');
    const record = JSON.parse(await readFile(recordFile, 'utf8')) as Record;
    delete record.wordFile;
    await writeFile(recordFile, `${JSON.stringify(record, null, 2)}\n`);
    await rm(history('1.0', 'docx'));

    const result = await exported();
    expect(same(result.bytes, stored)).toBe(true);
    expect(result.warnings).toEqual([]);
    // Export writes nothing into the workspace.
    await expect(readFile(history('1.0', 'docx'))).rejects.toThrow();
  }, 180_000);
});
