import { describe, expect, it } from 'vitest';
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { base64ToBytes } from '../../core/api/base64';
import type { Api } from '../../core/api/contract';
import { readDocxParts } from '../support/docx-parts';
import { useDemoPerTest } from '../support/doccontrol-demo';

const run = promisify(execFile);
const APPROVED = 'BWA-POL-001';

describe('approved versions are frozen', () => {
  let api: Api;
  let dir: string;
  const demo = useDemoPerTest((opened) => ({ api, dir } = opened));

  const exportBytes = async (id: string) =>
    base64ToBytes((await api['documents.export']({ dir, id })).data);

  it('exports the same bytes after the data changes, and shows the document as changed', async () => {
    const before = await exportBytes(APPROVED);
    const profile = await api['profile.get']({ dir });
    await api['profile.update']({
      dir,
      patch: { organisation: { ...profile.organisation, name: 'Brightwater Data Ltd' } },
    });
    const listed = (await api['documents.list']({ dir })).find((d) => d.id === APPROVED)!;
    expect(listed.control).toMatchObject({
      state: 'changed',
      label: 'Changed since approval',
      approvedVersion: '1.0',
      workingVersion: '1.1',
    });
    const approved = base64ToBytes(
      (await api['documents.exportVersion']({ dir, id: APPROVED, version: '1.0' })).data,
    );
    expect(Buffer.from(approved).equals(Buffer.from(before))).toBe(true);
    const approvedText = readDocxParts(approved)['word/document.xml']!;
    expect(approvedText).toContain('Brightwater Analytics');
    expect(approvedText).not.toContain('Brightwater Data Ltd');

    // The working text is a draft of the next version, never presented as approved.
    const working = readDocxParts(await exportBytes(APPROVED));
    expect(working['word/document.xml']).toContain('Brightwater Data Ltd');
    expect(working['docProps/core.xml']).toContain('<cp:contentStatus>draft</cp:contentStatus>');
    expect(working['docProps/custom.xml']).toContain('1.1');
  }, 120_000);

  it('shows an edited body as changed since approval and starts draft 1.1', async () => {
    const { body } = await api['documents.get']({ dir, id: APPROVED });
    const saved = await api['documents.update']({ dir, id: APPROVED, body: `${body}\nExtra.\n` });
    expect(saved).toMatchObject({ status: 'draft', version: '1.1' });
    const control = await api['documents.control']({ dir, id: APPROVED });
    expect(control.view).toMatchObject({
      state: 'draft',
      changedSinceApproval: true,
      approvedVersion: '1.0',
    });
    await expect(
      api['documents.exportVersion']({ dir, id: APPROVED, version: '1.0' }),
    ).resolves.toBeTruthy();
  });

  it('exports an unchanged document twice, on different days, as the same bytes', async () => {
    const first = await exportBytes('BWA-POL-003');
    demo.setDay('2027-05-14');
    const second = await exportBytes('BWA-POL-003');
    expect(Buffer.from(first).equals(Buffer.from(second))).toBe(true);
    const core = readDocxParts(first)['docProps/core.xml']!;
    expect(core).toContain('<dcterms:created xsi:type="dcterms:W3CDTF">2026-09-01T00:00:00Z');
  });

  it('prints a record with its own date, not the export date', async () => {
    const report = (await api['documents.list']({ dir })).find(
      (d) => d.templateId === 'risk-assessment-report',
    )!;
    demo.setDay('2027-05-14');
    const { markdown } = await api['documents.render']({ dir, id: report.id });
    expect(markdown).toContain('as at 20 November 2026');
    expect(markdown).not.toContain('May 2027');
  });

  it('compares two versions and writes a redline with tracked changes that LibreOffice opens', async () => {
    const { body } = await api['documents.get']({ dir, id: APPROVED });
    const sentence = body.split('\n').find((line) => /^[A-Z][a-z].{40,}\.$/.test(line))!;
    const changed = sentence.replace(/\.$/, ', reviewed every quarter.').replace(/^(\w+)/, 'Each');
    await api['documents.update']({ dir, id: APPROVED, body: body.replace(sentence, changed) });
    const comparison = await api['documents.compare']({
      dir,
      id: APPROVED,
      from: '1.0',
      to: 'current',
    });
    expect(
      comparison.parts.some(
        (p) => p.kind === 'insert' && p.text.includes('reviewed every quarter'),
      ),
    ).toBe(true);
    expect(comparison.parts.some((p) => p.kind === 'delete')).toBe(true);

    const redline = await api['documents.exportRedline']({
      dir,
      id: APPROVED,
      from: '1.0',
      to: 'current',
    });
    const bytes = base64ToBytes(redline.data);
    const xml = readDocxParts(bytes)['word/document.xml']!;
    expect(xml).toMatch(/<w:ins [^>]*w:author="[^"]+"[^>]*>[\s\S]*?reviewed every quarter/);
    expect(xml).toMatch(/<w:del [^>]*>[\s\S]*?<w:delText[^>]*>/);
    // The body keeps the document's styles: its headings and list paragraphs.
    expect(xml).toContain('<w:pStyle w:val="Heading1"/>');
    expect(xml).toContain('<w:pStyle w:val="ListParagraph"/>');

    if (!existsSync('/usr/bin/soffice')) return;
    const file = join(dir, 'redline.docx');
    await writeFile(file, bytes);
    await run('soffice', ['--headless', '--convert-to', 'pdf', '--outdir', dir, file], {
      timeout: 120_000,
    });
    expect(existsSync(join(dir, 'redline.pdf'))).toBe(true);
  }, 180_000);

  it('lists every document in the register of documents and exports it as Word', async () => {
    const rows = await api['documents.register']({ dir });
    expect(rows).toHaveLength((await api['documents.list']({ dir })).length);
    expect(rows.find((r) => r.id === APPROVED)).toMatchObject({
      version: '1.0',
      status: 'Approved',
      owner: 'Priya Shah',
      approver: 'Maria Okafor',
      approvalDate: '2026-10-05',
      nextReview: '2027-10-05',
    });
    const docx = readDocxParts(
      base64ToBytes((await api['documents.exportRegister']({ dir })).data),
    );
    expect(docx['word/document.xml']).toContain('Register of documents');
    expect(docx['word/document.xml']).toContain(APPROVED);
  }, 120_000);
});
