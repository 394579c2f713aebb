import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { describe, expect, it } from 'vitest';
import { createBackend } from '../../backend/compose';
import { planPages, renderPdf } from '../../backend/pdf/render-pdf';
import { base64ToBytes } from '../../core/api/base64';
import { createApiClient } from '../../core/api/client';
import { buildDocx } from '../../core/docx/build-docx';
import { openDocx, textOf } from '../../core/docx/fixtures/read-docx';
import { sampleInput } from '../../core/docx/fixtures/sample-policy';
import { textWidth } from '../../core/publish/table-geometry';
import { fixedClock } from '../support/fixed-clock';
import { copyDemo } from '../support/demo-copy';
import { makeTempDir } from '../support/temp-dir';

const RISKS = Array.from({ length: 14 }, (_, i) => {
  const id = `R-${String(i + 1).padStart(3, '0')}`;
  return `| ${id} | Customer data exposed through a misconfigured storage bucket number ${i + 1} | Daniel Reyes | 12 (Medium) | Modify (apply controls) | 5.23, 8.9, 8.32 | 2026-03-31 |`;
});
const MARKDOWN = [
  '# Purpose',
  '',
  'This plan sets out how risks are treated.',
  '',
  '# Risk treatment decisions',
  '',
  '| Risk | Title | Owner | Current risk | Treatment | Controls | Due date |',
  '| --- | --- | --- | --- | --- | --- | --- |',
  ...RISKS,
  '',
  '# Review',
  '',
  'The plan is reviewed every month.',
].join('\n');

const sections = (xml: string) => xml.match(/<w:sectPr\b[\s\S]*?<\/w:sectPr>/g) ?? [];
const orientation = (sectPr: string) => /w:orient="(\w+)"/.exec(sectPr)?.[1];

describe('wide tables on landscape pages', () => {
  it('puts a wide register in a landscape Word section whose header, footer and numbering carry on', async () => {
    const input = sampleInput({ markdown: MARKDOWN });
    const doc = openDocx(await buildDocx({ ...input, pages: planPages(input) }));
    const xml = doc.part('word/document.xml');
    const all = sections(xml);
    expect(all.map(orientation)).toEqual(['portrait', 'landscape', 'portrait']);
    expect(all[1]).toContain('<w:pgSz w:w="16838" w:h="11906" w:orient="landscape"/>');
    // Numbering runs on: no section restarts it, and only the first has a cover page.
    expect(xml).not.toContain('w:start=');
    expect(all.filter((s) => s.includes('<w:titlePg/>'))).toHaveLength(1);
    // The heading moves with its table; the next heading is back on a portrait page.
    const landscapePart = xml.slice(xml.indexOf(all[0]!), xml.indexOf(all[1]!));
    expect(textOf(landscapePart)).toContain('Risk treatment decisions');
    expect(textOf(landscapePart)).not.toContain('Review');
    expect(landscapePart).toContain('<w:tblW w:type="dxa" w:w="14002"/>');
    // The landscape header and footer move their right tab to the landscape margin.
    const rel = (id: string) =>
      new RegExp(`Id="${id}"[^>]*Target="([^"]+)"|Target="([^"]+)"[^>]*Id="${id}"`).exec(
        doc.part('word/_rels/document.xml.rels'),
      );
    const footerId = /<w:footerReference w:type="default" r:id="(\w+)"/.exec(all[1]!)?.[1] ?? '';
    const target = rel(footerId);
    const footer = doc.part(`word/${target?.[1] ?? target?.[2]}`);
    expect(footer).toContain('<w:tab w:val="right" w:pos="14002"/>');
    expect(footer).toContain('NUMPAGES');
  });

  it('sizes columns from their content so identifiers, scores and dates stay whole', async () => {
    const xml = openDocx(await buildDocx(sampleInput({ markdown: MARKDOWN }))).part(
      'word/document.xml',
    );
    const table = /<w:tbl>[\s\S]*?<\/w:tbl>/.exec(xml.slice(xml.indexOf('Risk treatment')))![0];
    const grid = [...table.matchAll(/<w:gridCol w:w="(\d+)"\/>/g)].map((m) => Number(m[1]));
    expect(grid.reduce((a, b) => a + b, 0)).toBeCloseTo(14002, -1);
    const roomFor = (word: string, bold = false) => (textWidth(word, 9.5, bold) + 11.3) * 20;
    expect(grid[0]).toBeGreaterThan(roomFor('R-001'));
    expect(grid[3]).toBeGreaterThan(roomFor('12 (Medium)'));
    expect(grid[6]).toBeGreaterThan(roomFor('2026-03-31'));
    // The long title takes the room the short columns leave.
    expect(grid[1]).toBe(Math.max(...grid));
  });

  it('keeps a wide table portrait when the template asks, and honours the landscape markers', async () => {
    const portrait = MARKDOWN.replace('| Risk | Title', '<!-- portrait -->\n\n| Risk | Title');
    const kept = openDocx(await buildDocx(sampleInput({ markdown: portrait })));
    expect(sections(kept.part('word/document.xml')).map(orientation)).toEqual(['portrait']);
    const marked = [
      '# Intro',
      '',
      'Text.',
      '',
      '<!-- landscape -->',
      '',
      '# Matrix',
      '',
      '| A | B |',
      '| --- | --- |',
      '| 1 | 2 |',
      '',
      '<!-- end landscape -->',
    ].join('\n');
    const doc = openDocx(await buildDocx(sampleInput({ markdown: marked })));
    const xml = doc.part('word/document.xml');
    expect(sections(xml).map(orientation)).toEqual(['portrait', 'landscape']);
    expect(textOf(xml)).not.toContain('landscape');
  });

  it('prints the same pages in the PDF: landscape pages for the table, numbering carried on', async () => {
    const input = sampleInput({ markdown: MARKDOWN });
    const bytes = await renderPdf(input);
    const pdf = await getDocument({ data: bytes, useSystemFonts: false }).promise;
    const pages: { wide: boolean; text: string }[] = [];
    for (let i = 1; i <= pdf.numPages; i++) {
      const page = await pdf.getPage(i);
      const [, , w = 0, h = 0] = page.view;
      const content = await page.getTextContent();
      const text = content.items.map((it) => ('str' in it ? it.str : '')).join(' ');
      pages.push({ wide: w > h, text });
    }
    await pdf.destroy();
    expect(pages.length).toBe(planPages(input).total);
    const wide = pages.filter((p) => p.wide);
    expect(wide.length).toBeGreaterThan(0);
    expect(wide[0]!.text).toContain('Risk treatment decisions');
    expect(wide.every((p) => p.text.includes('Risk treatment') || p.text.includes('R-0'))).toBe(
      true,
    );
    const last = pages.at(-1)!;
    expect(last.wide).toBe(false);
    expect(last.text).toContain(`Page ${pages.length} of ${pages.length}`);
    expect(last.text).toContain('Review');
  });

  it('prints the demo risk treatment plan and Statement of Applicability tables in landscape', async () => {
    const temp = await makeTempDir();
    try {
      const { dispatch } = createBackend({ clock: fixedClock });
      const api = createApiClient((method, input) => dispatch(method, input));
      const root = `${temp.dir}/demo`;
      await copyDemo(root);
      const docs = await api['documents.list']({ dir: root });
      for (const title of ['Risk Treatment Plan', 'Statement of Applicability']) {
        const id = docs.find((d) => d.title === title)?.id ?? '';
        const exported = await api['documents.export']({ dir: root, id });
        const xml = openDocx(base64ToBytes(exported.data)).part('word/document.xml');
        const wide = sections(xml).filter((s) => orientation(s) === 'landscape');
        expect(wide.length, title).toBeGreaterThan(0);
      }
    } finally {
      await temp.cleanup();
    }
  }, 120_000);
});
