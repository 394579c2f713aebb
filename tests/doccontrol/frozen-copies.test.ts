import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { unzipSync } from 'fflate';
import { base64ToBytes } from '../../core/api/base64';
import type { Api } from '../../core/api/contract';
import { parseSnapshot } from '../../core/doccontrol/snapshot';
import { renderTemplate } from '../../core/templates/render';
import { readDocxParts } from '../support/docx-parts';
import { readPdf } from '../support/read-pdf';
import { openDemo } from '../support/doccontrol-demo';

const APPROVED = 'BWA-POL-001';
const KEPT = new Set([APPROVED, 'BWA-REC-001']);

const entry = (zip: Record<string, Uint8Array>, id: string, ext: string) =>
  Object.entries(zip).find(([path]) => path.includes(`/${id} `) && path.endsWith(ext))?.[1];

describe('approved documents are packed and printed from their frozen copies', () => {
  let api: Api;
  let dir: string;
  let demo: Awaited<ReturnType<typeof openDemo>>;

  beforeAll(async () => {
    demo = await openDemo();
    ({ api, dir } = demo);
  }, 120_000);
  afterAll(() => demo.cleanup());

  it('has a frozen copy of every approved version, so a reissued 1.0 compares with its 1.1', async () => {
    const missing: string[] = [];
    let reissued = 0;
    for (const doc of await api['documents.list']({ dir })) {
      const control = await api['documents.control']({ dir, id: doc.id });
      if (control.approvals.length > 1) reissued += 1;
      for (const a of control.approvals) if (!a.frozen) missing.push(`${doc.id} ${a.version}`);
    }
    expect(missing).toEqual([]);
    expect(reissued).toBeGreaterThan(0);

    const plan = (await api['documents.list']({ dir })).find(
      (d) => d.templateId === 'risk-treatment-plan',
    )!;
    const comparison = await api['documents.compare']({ dir, id: plan.id, from: '1.0', to: '1.1' });
    expect(comparison.from.markdown).toContain('as at 5 October 2026');
    expect(comparison.to.markdown).toContain('as at 20 November 2026');
    expect(comparison.parts.some((p) => p.kind === 'delete')).toBe(true);
    const v1 = readDocxParts(
      base64ToBytes(
        (await api['documents.exportVersion']({ dir, id: plan.id, version: '1.0' })).data,
      ),
    )['word/document.xml']!;
    expect(v1).toContain('5 October 2026');
    expect(v1).not.toContain('20 November 2026');
  }, 240_000);

  it('freezes only the data each document reads, and that data fills in the same text', async () => {
    const files = (await readdir(join(dir, 'history'))).filter((f) => f.endsWith('.json'));
    expect(files.length).toBeGreaterThan(40);
    let total = 0;
    for (const file of files) {
      const text = await readFile(join(dir, 'history', file), 'utf8');
      total += text.length;
      const record = parseSnapshot(text, file);
      if (record.format !== 2) throw new Error(`${file} is not format 2`);
      const body = await readFile(join(dir, 'history', file.replace(/\.json$/, '.md')), 'utf8');
      const again = await renderTemplate(
        { id: record.documentId, body, bodyLine: 1 },
        record.data,
        {
          mode: 'export',
        },
      );
      expect(again.markdown, file).toBe(record.markdown);
    }
    // Was about 300 KB per approved version when the whole workspace was copied into each.
    expect(total / files.length).toBeLessThan(80_000);
  }, 240_000);

  it('packs and prints the approved words after the data changes, byte for byte in Word', async () => {
    const approvedDocx = base64ToBytes((await api['documents.export']({ dir, id: APPROVED })).data);
    const approvedPdf = await readPdf(
      base64ToBytes((await api['documents.exportPdf']({ dir, id: APPROVED })).data),
    );
    expect(approvedPdf.pages.join('\n')).toContain('Brightwater Analytics');

    // A pack of two approved documents keeps the test short: the rest are withdrawn.
    for (const doc of await api['documents.list']({ dir })) {
      if (!KEPT.has(doc.id) && doc.status !== 'obsolete') {
        await api['documents.withdraw']({ dir, id: doc.id, reason: 'Not needed for this test' });
      }
    }
    const profile = await api['profile.get']({ dir });
    await api['profile.update']({
      dir,
      patch: { organisation: { ...profile.organisation, name: 'Brightwater Data Ltd' } },
    });

    const packFile = (await api['pack.build']({ dir, includeDrafts: false, out: `${dir}-a.zip` }))
      .file.path;
    const zip = unzipSync(new Uint8Array(await readFile(packFile)));
    const packed = entry(zip, APPROVED, '.docx')!;
    expect(Buffer.from(packed).equals(Buffer.from(approvedDocx))).toBe(true);
    const version = base64ToBytes(
      (await api['documents.exportVersion']({ dir, id: APPROVED, version: '1.0' })).data,
    );
    expect(Buffer.from(packed).equals(Buffer.from(version))).toBe(true);

    const packedPdf = await readPdf(entry(zip, APPROVED, '.pdf')!);
    expect(packedPdf.pages).toEqual(approvedPdf.pages);
    expect(packedPdf.pages.join('\n')).not.toContain('Brightwater Data Ltd');
    // Printing the document now gives its working text: the next version, not yet approved.
    const working = await readPdf(
      base64ToBytes((await api['documents.exportPdf']({ dir, id: APPROVED })).data),
    );
    expect(working.pages.join('\n')).toContain('Brightwater Data Ltd');
    expect(working.pages.join('\n')).toContain('Version 1.1');

    // The working text with the new name is a draft: only in a pack that asks for drafts.
    const draftsFile = (await api['pack.build']({ dir, includeDrafts: true, out: `${dir}-b.zip` }))
      .file.path;
    const withDrafts = unzipSync(new Uint8Array(await readFile(draftsFile)));
    const names = Object.keys(withDrafts).filter((p) => p.includes(`/${APPROVED} `));
    expect(names.filter((p) => p.endsWith('(DRAFT).docx'))).toHaveLength(1);
    expect(names.filter((p) => p.endsWith('.docx'))).toHaveLength(2);
  }, 600_000);

  it('exports the register of documents as a workbook with the columns of the master list', async () => {
    const file = await api['documents.exportRegister']({ dir, format: 'xlsx' });
    expect(file.fileName).toMatch(/^Register of documents .*\.xlsx$/);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(Buffer.from(base64ToBytes(file.data)) as unknown as ArrayBuffer);
    const sheet = book.getWorksheet('Register of documents')!;
    const row = (n: number) => (sheet.getRow(n).values as unknown[]).slice(1).map(String);
    expect(row(1)).toEqual([
      'ID',
      'Title',
      'Version',
      'Status',
      'Owner',
      'Approver',
      'Approval date',
      'Next review',
      'Classification',
      'Clauses',
      'Annex A controls',
    ]);
    const rows = Array.from({ length: sheet.rowCount - 1 }, (_, i) => row(i + 2));
    expect(rows).toHaveLength((await api['documents.list']({ dir })).length);
    expect(rows.find((r) => r[0] === APPROVED)).toEqual(
      expect.arrayContaining(['1.0', 'Priya Shah', 'Maria Okafor', '2026-10-05', '2027-10-05']),
    );
  }, 120_000);
});
