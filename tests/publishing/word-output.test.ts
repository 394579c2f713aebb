import { unzipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { planPages, renderPdf } from '../../backend/pdf/render-pdf';
import { buildDocx } from '../../core/docx/build-docx';
import { openDocx, paragraphs, textOf } from '../../core/docx/fixtures/read-docx';
import { sampleInput } from '../../core/docx/fixtures/sample-policy';
import { DEFAULT_BRANDING } from '../../core/publish/branding';
import { exportDemoDocuments } from '../support/demo-export';
import { docxStructureProblems } from '../support/ooxml-structure';
import { readPdf } from '../support/read-pdf';
import { makeTempDir } from '../support/temp-dir';

const word = async (overrides: Parameters<typeof sampleInput>[0] = {}) =>
  openDocx(await buildDocx(sampleInput(overrides)));

describe('Word output a reviewer signs off', () => {
  it('asks Word to update fields on open and caches the laid-out page numbers in the contents', async () => {
    const input = sampleInput();
    const pages = planPages(input);
    const doc = await word({ pages });
    expect(doc.part('word/settings.xml')).toContain('<w:updateFields/>');
    const xml = doc.part('word/document.xml');
    const cached = [
      ...xml.matchAll(/PAGEREF (_TocH\d+) \\h <\/w:instrText>[\s\S]*?<w:t[^>]*>(\d+)<\/w:t>/g),
    ];
    expect(cached.length).toBeGreaterThan(5);
    // The same numbers the PDF prints in its own contents.
    const pdf = await readPdf(await renderPdf(input));
    const contents = pdf.pages.find((p) => p.includes('Contents')) ?? '';
    const purpose = /Purpose[ .]*?(\d+)/.exec(contents)?.[1];
    expect(cached[0]?.[2]).toBe(purpose);
    const footer = doc.names
      .filter((n) => /footer\d\.xml$/.test(n))
      .map((n) => doc.part(n))
      .join('');
    expect(footer).toMatch(new RegExp(`NUMPAGES[\\s\\S]*?<w:t[^>]*>${pages.total}</w:t>`));
  });

  it('keeps short tables and their caption together and shades risk levels', async () => {
    const markdown = [
      '# Risk matrix',
      '',
      'The matrix shows the level of each score.',
      '',
      '| Impact | 1 Rare | 2 Unlikely |',
      '| --- | --- | --- |',
      '| 2 Minor | 2 Low | 4 Medium |',
      '| 1 Negligible | 1 Low | 15 High |',
    ].join('\n');
    const xml = (await word({ markdown })).part('word/document.xml');
    const caption = paragraphs(xml).find((p) => textOf(p).startsWith('The matrix shows'));
    expect(caption).toContain('<w:keepNext/>');
    const table =
      /<w:tbl>[\s\S]*?<\/w:tbl>/.exec(xml.slice(xml.indexOf('The matrix shows')))?.[0] ?? '';
    const rows = table.match(/<w:tr\b[\s\S]*?<\/w:tr>/g) ?? [];
    expect(rows.slice(0, -1).every((r) => r.includes('<w:keepNext/>'))).toBe(true);
    expect(rows.at(-1)).not.toContain('<w:keepNext/>');
    expect(table).toContain('w:fill="C6EFCE"');
    expect(table).toContain('w:fill="FFEB9C"');
    expect(table).toContain('w:fill="FFC7CE"');
  });

  it('links only well-formed http(s) and mailto addresses', async () => {
    const markdown =
      'See [the site](https://example.com"></iframe) or [us](mailto:it@example.com).';
    const doc = await word({ markdown });
    const rels = doc.part('word/_rels/document.xml.rels');
    expect(rels).not.toContain('iframe');
    expect(rels).toContain('mailto:it@example.com');
    expect(textOf(doc.part('word/document.xml'))).toContain('See the site or us.');
  });

  it('adds the approval block and the "uncontrolled when printed" note on request', async () => {
    const branding = { ...DEFAULT_BRANDING, approvalBlock: true, uncontrolledNote: true };
    const doc = await word({ branding });
    const xml = doc.part('word/document.xml');
    expect(textOf(xml)).toContain('Approved byDaniel Okafor');
    expect(textOf(xml)).toContain('Signature');
    const footers = doc.names
      .filter((n) => /footer\d\.xml$/.test(n))
      .map((n) => textOf(doc.part(n)));
    expect(footers.every((f) => f.includes('Uncontrolled when printed'))).toBe(true);
    const plain = await word();
    expect(textOf(plain.part('word/document.xml'))).not.toContain('Signature');
  });

  describe('every part of every demo document', () => {
    let dir: { dir: string; cleanup: () => Promise<void> };
    beforeAll(async () => {
      dir = await makeTempDir();
    });
    afterAll(async () => dir.cleanup());

    it('catches what the structural check is for', () => {
      const bad = {
        '[Content_Types].xml':
          '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="xml" ContentType="application/xml"/></Types>',
        'word/document.xml':
          '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:p><w:pPr><w:jc w:val="left"/><w:pStyle w:val="x"/></w:pPr></w:p></w:document>',
        'word/broken.xml': '<a><b></a>',
        'word/image.png': new Uint8Array([1]),
      };
      const problems = docxStructureProblems(bad).join('\n');
      expect(problems).toContain('<w:pStyle> comes after <w:jc>');
      expect(problems).toContain('word/broken.xml');
      expect(problems).toContain('word/image.png: no content type');
    });

    it('is well formed, typed, linked and in schema order', async () => {
      const { docs, files } = await exportDemoDocuments(`${dir.dir}/demo`);
      expect(docs.length).toBeGreaterThan(40);
      const problems = files.flatMap(({ name, bytes }) =>
        docxStructureProblems(unzipSync(bytes)).map((p) => `${name}: ${p}`),
      );
      expect(problems).toEqual([]);
    }, 300_000);
  });
});
