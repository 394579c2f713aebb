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
  it('prints every control value on the cover before the first page break', () => {
    const cover = coverText(xml);
    const expected = [
      'Brightwater Analytics Ltd',
      'Information Security Policy',
      'ISMS-POL-001',
      '1.2',
      'Approved',
      'Internal',
      'Priya Shah',
      'Daniel Okafor',
      '2025-03-14',
      '2026-03-14',
    ];
    for (const value of expected) expect(cover).toContain(value);
    expect(styleOf(findParagraph(xml, 'Information Security Policy'))).toBe('Title');
    expect(doc.names.some((name) => /^word\/media\/.+\.png$/.test(name))).toBe(true);
  });

  it('says when a document is not yet approved or has no review date', async () => {
    const draft = await open({ approvedAt: null, nextReviewDate: null });
    const cover = coverText(draft.part('word/document.xml'));
    expect(cover).toContain('Approved on\nNot yet approved');
    expect(cover).toContain('Next review\nNot scheduled');
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
    expect(fieldInstructions(xml)).toEqual(['TOC \\o "1-3" \\h \\z \\u']);
    const toc = paragraphs(xml).filter((p) => /^TOC\d$/.test(styleOf(p) ?? ''));
    const headings = paragraphs(xml).filter((p) => /^Heading[123]$/.test(styleOf(p) ?? ''));
    expect(toc.map(textOf)).toEqual(headings.map(textOf));
    expect(toc.map((p) => styleOf(p)?.slice(3))).toEqual(headings.map((p) => styleOf(p)?.slice(7)));
    toc.forEach((entry, i) => {
      const anchor = /<w:hyperlink [^>]*w:anchor="([^"]+)"/.exec(entry)?.[1];
      expect(headings[i]).toContain(`<w:bookmarkStart w:name="${anchor}"`);
    });
    const chars = [...xml.matchAll(/w:fldCharType="(\w+)"/g)].map((m) => m[1]);
    expect(chars).toEqual(['begin', 'separate', 'end']);
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
    expect(plain).not.toContain('<w:instrText');
    expect(plain).not.toContain('Contents');
  });

  it('puts the organisation and title in the header and ID, version, classification and page fields in the footer', () => {
    const header = textOf(sectionPart(doc, 'header', 'default'));
    expect(header).toBe('Brightwater Analytics LtdInformation Security Policy');
    const footer = sectionPart(doc, 'footer', 'default');
    expect(textOf(footer)).toMatch(/^ISMS-POL-001 +· +Version 1\.2 +· +Internal/);
    expect(fieldInstructions(footer)).toEqual(['PAGE', 'NUMPAGES']);
    expect(textOf(footer)).toMatch(/Page +of +$/);
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
