import { describe, expect, it } from 'vitest';
import { buildDocx } from '../../core/docx/build-docx';
import { openDocx } from '../../core/docx/fixtures/read-docx';
import { sampleInput } from '../../core/docx/fixtures/sample-policy';
import { DEFAULT_BRANDING } from '../../core/publish/branding';

const styleById = (styles: string, id: string): string =>
  new RegExp(`<w:style [^>]*w:styleId="${id}"[^>]*>[\\s\\S]*?</w:style>`).exec(styles)?.[0] ?? '';
const themeFont = (theme: string, kind: 'major' | 'minor') =>
  new RegExp(`<a:${kind}Font><a:latin typeface="([^"]+)"`).exec(theme)?.[1];

describe('fonts from the document theme', () => {
  it('names no text font in the styles: headings use the theme heading font, text its body font', async () => {
    const doc = openDocx(await buildDocx(sampleInput()));
    const styles = doc.part('word/styles.xml');
    const theme = doc.part('word/theme/theme1.xml');
    expect(themeFont(theme, 'major')).toBe('Calibri');
    expect(themeFont(theme, 'minor')).toBe('Calibri');
    const defaults = /<w:docDefaults>[\s\S]*?<\/w:docDefaults>/.exec(styles)?.[0] ?? '';
    expect(defaults).toContain('w:asciiTheme="minorHAnsi"');
    expect(defaults).toContain('w:hAnsiTheme="minorHAnsi"');
    for (const id of ['Title', 'Heading1', 'Heading2', 'Heading3', 'Heading4']) {
      expect(styleById(styles, id)).toContain('w:asciiTheme="majorHAnsi"');
    }
    // Only code keeps a named (monospace) font; nothing else names a font.
    const named = [...styles.matchAll(/<w:rFonts w:ascii="([^"]+)"/g)].map((m) => m[1]);
    expect(new Set(named)).toEqual(new Set(['Consolas']));
    expect(doc.part('word/document.xml')).not.toMatch(/<w:rFonts w:ascii="(?!Segoe|Consolas)/);
  });

  it('puts the organisation’s heading and body fonts into the theme', async () => {
    const branding = { ...DEFAULT_BRANDING, headingFont: 'Georgia', bodyFont: 'Arial' };
    const doc = openDocx(await buildDocx(sampleInput({ branding })));
    const theme = doc.part('word/theme/theme1.xml');
    expect(themeFont(theme, 'major')).toBe('Georgia');
    expect(themeFont(theme, 'minor')).toBe('Arial');
    // The branding override may also name the font in the style; either way it is Georgia.
    expect(styleById(doc.part('word/styles.xml'), 'Heading1')).toMatch(
      /w:asciiTheme="majorHAnsi"|w:ascii="Georgia"/,
    );
  });
});
