import { beforeAll, describe, expect, it } from 'vitest';
import { buildDocx } from './build-docx';
import { sampleInput } from './fixtures/sample-policy';
import {
  fieldInstructions,
  findParagraph,
  openDocx,
  paragraphs,
  relationships,
  styleOf,
  textOf,
} from './fixtures/read-docx';
import type { DocxParts } from './fixtures/read-docx';
import type { DocxInput } from './types';

const DRAFT = 'DRAFT \u2013 contains unfilled fields';

const open = async (overrides: Partial<DocxInput> = {}): Promise<DocxParts> =>
  openDocx(await buildDocx(sampleInput(overrides)));

/** The header or footer part the section uses for `type` (default = every page after the cover). */
const sectionPart = (doc: DocxParts, kind: 'header' | 'footer', type: 'default' | 'first') => {
  const xml = doc.part('word/document.xml');
  const ref = new RegExp(`<w:${kind}Reference w:type="${type}" r:id="([^"]+)"/>`).exec(xml)?.[1];
  const target = relationships(doc.part('word/_rels/document.xml.rels')).get(ref ?? '')?.target;
  return doc.part(`word/${target ?? 'missing'}`);
};

const coverText = (xml: string): string => {
  const cover = xml.slice(0, xml.indexOf('<w:br w:type="page"/>'));
  return paragraphs(cover).map(textOf).join('\n');
};

let doc: DocxParts;
let xml: string;

beforeAll(async () => {
  doc = await open();
  xml = doc.part('word/document.xml');
});

describe('buildDocx front matter', () => {
  it('prints a one-line summary on the cover, not the document-control table that follows', () => {
    const cover = coverText(xml);
    const expected = [
      'Brightwater Analytics Ltd',
      'Information Security Policy',
      'ISMS-POL-001',
      'Version 1.2',
      'Approved',
      'Internal',
    ];
    for (const value of expected) expect(cover).toContain(value);
    expect(cover).not.toContain('Daniel Okafor');
    expect(cover).not.toContain('Next review');
    expect(styleOf(findParagraph(xml, 'Information Security Policy'))).toBe('Title');
    expect(doc.names.some((name) => /^word\/media\/.+\.png$/.test(name))).toBe(true);
  });

  it('says when a document is not yet approved or has no review date', async () => {
    const draft = (await open({ approvedAt: null, nextReviewDate: null })).part(
      'word/document.xml',
    );
    const control = textOf(
      draft.slice(draft.indexOf('Document control'), draft.indexOf('Revision history')),
    );
    expect(control).toContain('Approved onNot yet approved');
    expect(control).toContain('Next reviewNot scheduled');
  });

  it('prints ID, version, status and classification as document-property fields', () => {
    const control = xml.slice(xml.indexOf('Document control'), xml.indexOf('Revision history'));
    expect(fieldInstructions(control)).toEqual([
      'DOCPROPERTY "Document ID"',
      'DOCPROPERTY "Version"',
      'DOCPROPERTY "Status"',
      'DOCPROPERTY "Classification"',
    ]);
    const custom = doc.part('docProps/custom.xml');
    expect(custom).toMatch(/name="Status"[\s\S]*?<vt:lpwstr>Approved<\/vt:lpwstr>/);
  });

  it('writes the document-control block and the revision history', () => {
    const control = xml.slice(xml.indexOf('Document control'), xml.indexOf('Revision history'));
    expect(textOf(control)).toContain('Document IDISMS-POL-001');
    expect(textOf(control)).toContain('ApproverDaniel Okafor');
    const history = xml.slice(xml.indexOf('Revision history'));
    const table = /<w:tbl>[\s\S]*?<\/w:tbl>/.exec(history)?.[0] ?? '';
    const rows = (table.match(/<w:tr\b[\s\S]*?<\/w:tr>/g) ?? []).map(textOf);
    expect(rows[0]).toBe('VersionDateAuthorDescription');
    expect(rows.slice(1)).toEqual([
      '1.02024-02-01Priya ShahFirst issue.',
      '1.12024-09-10Priya ShahAdded the supplier scope and the incident reporting steps.',
      '1.22025-03-14Priya ShahAnnual review.',
    ]);
  });

  it('puts a friendly row in an empty revision history', async () => {
    const fresh = (await open({ revisions: [] })).part('word/document.xml');
    const history = fresh.slice(fresh.indexOf('Revision history'));
    const table = /<w:tbl>[\s\S]*?<\/w:tbl>/.exec(history)?.[0] ?? '';
    expect(table).toContain('<w:gridSpan w:val="4"/>');
    expect(textOf(table)).toContain('No revisions recorded yet');
  });

  it('writes a TOC field whose cached entries link to the headings they list', () => {
    const tocFields = fieldInstructions(xml).filter((f) => !f.startsWith('DOCPROPERTY'));
    expect(tocFields[0]).toBe('TOC \\o "1-3" \\h \\z \\u');
    const toc = paragraphs(xml).filter((p) => /^TOC\d$/.test(styleOf(p) ?? ''));
    const headings = paragraphs(xml).filter((p) => /^Heading[123]$/.test(styleOf(p) ?? ''));
    expect(toc.map(textOf)).toEqual(headings.map(textOf));
    expect(toc.map((p) => styleOf(p)?.slice(3))).toEqual(headings.map((p) => styleOf(p)?.slice(7)));
    toc.forEach((entry, i) => {
      const anchor = /<w:hyperlink [^>]*w:anchor="([^"]+)"/.exec(entry)?.[1];
      expect(headings[i]).toContain(`<w:bookmarkStart w:name="${anchor}"`);
    });
    expect(toc[0]?.indexOf('separate')).toBeLessThan(toc[0]?.indexOf('<w:hyperlink') ?? 0);
    expect(toc.at(-1)).toContain('w:fldCharType="end"');
  });

  it('starts the contents on a new page only when they would not fit under the document control', async () => {
    const contents = (x: string) => findParagraph(x, 'Contents');
    expect(contents(xml)).not.toContain('<w:pageBreakBefore/>');
    const many = Array.from({ length: 40 }, (_, i) => `# Section ${i + 1}\n\nText.`).join('\n\n');
    const long = (await open({ markdown: many })).part('word/document.xml');
    expect(contents(long)).toContain('<w:pageBreakBefore/>');
  });

  it('leaves the TOC out of a document without headings', async () => {
    const plain = (await open({ markdown: 'Just one paragraph.' })).part('word/document.xml');
    expect(plain).not.toContain(' TOC ');
    expect(plain).not.toContain('Contents');
  });

  it('puts the organisation and title in the header and ID, version, classification and page fields in the footer', () => {
    const header = textOf(sectionPart(doc, 'header', 'default'));
    expect(header).toBe('Brightwater Analytics LtdInformation Security Policy');
    const footer = sectionPart(doc, 'footer', 'default');
    expect(textOf(footer)).toMatch(/^ISMS-POL-001 +· +Version 1\.2 +· +Internal/);
    expect(fieldInstructions(footer)).toEqual([
      'DOCPROPERTY "Document ID"',
      'DOCPROPERTY "Version"',
      'DOCPROPERTY "Classification"',
      'PAGE',
      'NUMPAGES',
    ]);
    // Saved with values, so a reader that does not update fields still prints a number.
    expect(textOf(footer)).toMatch(/Page \d+ of \d+$/);
    expect(xml).toContain('<w:titlePg/>');
    expect(textOf(sectionPart(doc, 'footer', 'first'))).toBe('Classification: Internal');
  });

  it('marks an incomplete document as a draft on the cover and in the header', async () => {
    const draft = await open({ incomplete: true });
    expect(coverText(draft.part('word/document.xml'))).toContain(DRAFT);
    expect(textOf(sectionPart(draft, 'header', 'default'))).toContain(DRAFT);
    expect(textOf(sectionPart(draft, 'header', 'first'))).toContain(DRAFT);
    expect(xml).not.toContain(DRAFT);
    expect(textOf(sectionPart(doc, 'header', 'default'))).not.toContain(DRAFT);
  });

  it('fills the document properties from the input', () => {
    const core = doc.part('docProps/core.xml');
    const prop = (name: string) => new RegExp(`<${name}[^>]*>([^<]*)</${name}>`).exec(core)?.[1];
    expect(prop('dc:title')).toBe('Information Security Policy');
    expect(prop('dc:subject')).toBe('ISO/IEC 27001:2022 clause 5.2; Annex A 5.1');
    expect(prop('dc:creator')).toBe('Brightwater Analytics Ltd');
    expect(prop('cp:lastModifiedBy')).toBe('Brightwater Analytics Ltd');
    expect(prop('cp:keywords')).toBe('ISO/IEC 27001:2022, 5.2, A.5.1, policy');
    expect(prop('dcterms:created')).toBe('2025-03-14T09:30:00Z');
    expect(prop('dcterms:modified')).toBe('2025-03-14T09:30:00Z');
    expect(doc.part('docProps/app.xml')).toContain('<Company>Brightwater Analytics Ltd</Company>');
  });
});
