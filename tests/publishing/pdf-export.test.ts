import { describe, expect, it } from 'vitest';
import { renderPdf } from '../../backend/pdf/render-pdf';
import { SAMPLE_POLICY_MARKDOWN } from '../../core/docx/fixtures/sample-policy';
import type { DocxInput } from '../../core/docx/types';
import { FIXED_NOW } from '../support/fixed-clock';
import { readPdf } from '../support/read-pdf';

const input: DocxInput = {
  markdown: SAMPLE_POLICY_MARKDOWN,
  documentId: 'BWA-POL-001',
  title: 'Information Security Policy',
  version: '1.2',
  status: 'approved',
  classification: 'Internal',
  organisationName: 'Brightwater Analytics',
  ownerName: 'Tom Becker',
  approverName: 'Maria Okafor',
  approvedAt: '2026-10-01',
  nextReviewDate: '2027-10-01',
  revisions: [
    { version: '1.0', date: '2025-10-01', author: 'Tom Becker', description: 'First issue' },
  ],
  subject: 'ISO/IEC 27001:2022 policy (Clause 5.2)',
  keywords: ['ISO/IEC 27001:2022', 'Clause 5.2'],
  logo: null,
  incomplete: false,
  timestamp: FIXED_NOW,
};

describe('PDF export', () => {
  it('prints the contents with the page each heading is on', async () => {
    const pdf = await readPdf(await renderPdf(input));
    const contentsPage = pdf.pages.findIndex((p) => p.includes('Contents'));
    expect(contentsPage).toBeGreaterThan(0);
    const contents = pdf.pages[contentsPage] ?? '';
    for (const heading of ['Purpose', 'Scope', 'Roles and responsibilities', 'Compliance']) {
      const entry = new RegExp(`${heading}[ .]*?(\\d+)\\s*$`, 'm').exec(contents);
      expect(entry, `${heading} listed with a page number`).not.toBeNull();
      const page = Number(entry?.[1]);
      // The body page that number names starts or holds that heading.
      expect(pdf.pages[page - 1]).toContain(heading);
      expect(page).toBeGreaterThan(contentsPage + 1);
    }
  });

  it('has the cover, document control, revision history and "Page X of Y" footers', async () => {
    const pdf = await readPdf(await renderPdf(input));
    expect(pdf.pages[0]).toContain('Information Security Policy');
    expect(pdf.pages[0]).not.toContain('Document control');
    expect(pdf.pages[1]).toContain('Document control');
    expect(pdf.pages[1]).toContain('Revision history');
    expect(pdf.pages[1]).toContain('First issue');
    const n = pdf.pages.length;
    expect(pdf.pages[n - 1]).toContain(`Page ${n} of ${n}`);
    expect(pdf.pages[1]).toContain('BWA-POL-001');
  });

  it('prints how a generated report was made, not an empty document control', async () => {
    const pdf = await readPdf(
      await renderPdf({ ...input, status: 'generated', version: '2026-11-28', revisions: [] }),
    );
    expect(pdf.pages[1]).toContain('About this document');
    expect(pdf.pages[1]).toContain('2026-11-28');
    expect(pdf.pages[1]).not.toContain('Revision history');
    expect(pdf.pages[1]).not.toContain('Not yet approved');
  });

  it('embeds its fonts, sets the document properties and bookmarks the headings', async () => {
    const pdf = await readPdf(await renderPdf(input));
    expect(pdf.fonts.some((f) => f.includes('Carlito-Regular'))).toBe(true);
    expect(pdf.fonts.some((f) => f.includes('Carlito-Bold'))).toBe(true);
    expect(pdf.info['Title']).toBe('Information Security Policy');
    expect(pdf.info['Author']).toBe('Brightwater Analytics');
    expect(pdf.info['Subject']).toBe('ISO/IEC 27001:2022 policy (Clause 5.2)');
    expect(pdf.info['Keywords']).toBe('ISO/IEC 27001:2022, Clause 5.2');
    const top = pdf.outline.map((o) => o.title);
    expect(top).toEqual([
      'Purpose',
      'Scope',
      'Roles and responsibilities',
      'Policy statements',
      'Compliance',
    ]);
    const roles = pdf.outline.find((o) => o.title === 'Roles and responsibilities');
    expect(roles?.items.map((o) => o.title)).toContain('Reporting incidents');
  });

  it('gives the same bytes for the same input', async () => {
    const [a, b] = await Promise.all([renderPdf(input), renderPdf(input)]);
    expect(Buffer.from(a).equals(Buffer.from(b))).toBe(true);
    const later = await renderPdf({ ...input, timestamp: new Date('2027-01-01T00:00:00Z') });
    expect(Buffer.from(later).equals(Buffer.from(a))).toBe(false);
  });

  it('marks an incomplete draft in the header and on the cover', async () => {
    const pdf = await readPdf(await renderPdf({ ...input, incomplete: true }));
    expect(pdf.pages[0]).toMatch(/DRAFT – CONTAINS UNFILLED FIELDS/);
    expect(pdf.pages[2]).toContain('DRAFT – contains unfilled fields');
  });
});
