import { describe, expect, it } from 'vitest';
import { planPages, renderPdf } from '../../backend/pdf/render-pdf';
import { buildDocx } from '../../core/docx/build-docx';
import { openDocx } from '../../core/docx/fixtures/read-docx';
import { sampleInput } from '../../core/docx/fixtures/sample-policy';
import { DEFAULT_BRANDING, type PublishBranding } from '../../core/publish/branding';
import { readPdf } from '../support/read-pdf';

const brand = (headingFont: string, bodyFont: string): PublishBranding => ({
  ...DEFAULT_BRANDING,
  headingFont,
  bodyFont,
});

/** Embedded font names without the subset tag ("ABCDEF+Arimo-Regular" -> "Arimo-Regular"). */
const embedded = async (branding: PublishBranding) => {
  const pdf = await readPdf(await renderPdf(sampleInput({ branding })));
  return new Set(pdf.fonts.map((f) => f.replace(/^[A-Z]{6}\+/, '')));
};

const TABLE = [
  '| Risk | Owner | Level | Treatment |',
  '| --- | --- | --- | --- |',
  '| R-001 | Information Security Manager | 12 (Medium) | Reduce: enforce multi-factor sign-in for every administrator account |',
  '| R-002 | Head of Engineering | 20 (High) | Reduce: patch the public web servers within seven days of a release |',
].join('\n');

const gridOf = async (branding: PublishBranding) => {
  const doc = openDocx(
    await buildDocx(sampleInput({ markdown: `# Risks\n\n${TABLE}\n`, branding })),
  );
  // The body's table is the last one (the document-control tables come first).
  const tables = doc.part('word/document.xml').match(/<w:tbl>[\s\S]*?<\/w:tbl>/g) ?? [];
  const table = tables[tables.length - 1] ?? '';
  return [...table.matchAll(/<w:gridCol w:w="(\d+)"\/>/g)].map((m) => Number(m[1]));
};

describe('PDF fonts follow the branding', () => {
  it('embeds the open font mapped from each chosen font, headings apart from the body', async () => {
    const cambriaArial = await embedded(brand('Cambria', 'Arial'));
    expect(cambriaArial).toContain('Caladea-Bold');
    expect(cambriaArial).toContain('Arimo-Regular');
    expect([...cambriaArial].some((f) => f.startsWith('Carlito'))).toBe(false);

    const georgiaTimes = await embedded(brand('Georgia', 'Times New Roman'));
    expect(georgiaTimes).toContain('Gelasio-Bold');
    expect(georgiaTimes).toContain('Tinos-Regular');

    const garamondAptos = await embedded(brand('Garamond', 'Aptos'));
    expect(garamondAptos).toContain('EBGaramond-Bold');
    // No open font for Aptos ships: the body falls back to Carlito, as the screen says.
    expect(garamondAptos).toContain('Carlito-Regular');
  }, 120_000);

  it('measures Word table columns with the body font', async () => {
    const calibri = await gridOf(DEFAULT_BRANDING);
    const arial = await gridOf(brand('Calibri', 'Arial'));
    expect(calibri).toHaveLength(4);
    // Arial (and Arimo, its metric twin) is wider than Calibri: the short columns grow with it.
    expect(arial[0]!).toBeGreaterThan(calibri[0]!);
    expect(arial[2]!).toBeGreaterThan(calibri[2]!);
    const total = (w: number[]) => w.reduce((a, b) => a + b, 0);
    expect(Math.abs(total(arial) - total(calibri))).toBeLessThanOrEqual(4);
  });

  it('plans pages with the body font, so a wider font gives a longer document', async () => {
    const sentence =
      'The organisation reviews the access rights of every administrator each quarter and records the outcome. ';
    const markdown = `# Access reviews\n\n${Array.from({ length: 12 }, () => sentence.repeat(40)).join('\n\n')}\n`;
    const plan = (bodyFont: string) =>
      planPages(sampleInput({ markdown, branding: brand('Calibri', bodyFont) }));
    // Arial (Arimo) sets the same words on more lines than Calibri (Carlito).
    expect(plan('Arial').total).toBeGreaterThan(plan('Calibri').total);
    // What the PDF prints agrees with the plan the Word contents and page count use.
    const arial = await readPdf(
      await renderPdf(sampleInput({ markdown, branding: brand('Calibri', 'Arial') })),
    );
    expect(arial.pages.length).toBe(plan('Arial').total);
  }, 180_000);
});
