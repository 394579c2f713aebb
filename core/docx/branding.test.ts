import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { DEFAULT_BRANDING, type PublishBranding } from '../publish/branding';
import { buildDocx } from './build-docx';
import { sampleInput } from './fixtures/sample-policy';
import { readReferenceDocx } from './reference-doc';

const parts = async (...args: Parameters<typeof sampleInput>) => {
  const files = unzipSync(await buildDocx(sampleInput(...args)));
  return (name: string) => strFromU8(files[name] ?? new Uint8Array());
};

const styleOf = (styles: string, id: string) =>
  new RegExp(`<w:style [^>]*w:styleId="${id}"[\\s\\S]*?</w:style>`).exec(styles)?.[0] ?? '';

const brand = (change: Partial<PublishBranding>): PublishBranding => ({
  ...DEFAULT_BRANDING,
  ...change,
});

describe('branding in the Word export', () => {
  it('leaves the default look byte for byte as it was', async () => {
    const plain = await buildDocx(sampleInput());
    const branded = await buildDocx(sampleInput({ branding: DEFAULT_BRANDING }));
    expect(branded).toEqual(plain);
  });

  it('puts the brand colour into the styles and list numbering, and its fonts into the theme', async () => {
    const part = await parts({
      branding: brand({ colour: 'AA3300', headingFont: 'Georgia', bodyFont: 'Verdana' }),
    });
    const styles = part('word/styles.xml');
    const heading = styleOf(styles, 'Heading1');
    expect(heading).toContain('<w:color w:val="AA3300"/>');
    expect(heading).toContain('majorHAnsi');
    const theme = part('word/theme/theme1.xml');
    expect(theme).toMatch(/<a:majorFont><a:latin typeface="Georgia"/);
    expect(theme).toMatch(/<a:minorFont><a:latin typeface="Verdana"/);
    // The table header fill is a tint of the brand colour, not the built-in blue-grey.
    expect(styleOf(styles, 'IsmsTable')).not.toContain('E7ECF3');
    expect(styles).not.toContain('"1F3864"');
    expect(part('word/numbering.xml')).not.toContain('"2F5496"');
  });

  it('draws the banner cover on the brand colour with white text', async () => {
    const part = await parts({ branding: brand({ colour: '0B6E4F', coverLayout: 'banner' }) });
    const xml = part('word/document.xml');
    const cover = xml.slice(0, xml.indexOf('Document control'));
    expect(cover).toContain('w:fill="0B6E4F"');
    expect(cover).toMatch(/<w:color w:val="FFFFFF"\/>[\s\S]*?Information Security Policy/);
  });

  it('adopts the styles and theme of a reference .docx, keeping its own styles it lacks', async () => {
    const base = unzipSync(await buildDocx(sampleInput()));
    const styles = strFromU8(base['word/styles.xml']!).replace(
      /(<w:style [^>]*w:styleId="Heading1"[\s\S]*?)<w:rFonts [^>]*\/>([\s\S]*?)<w:color w:val="[0-9A-F]{6}"\/>/,
      '$1<w:rFonts w:ascii="Garamond" w:hAnsi="Garamond"/>$2<w:color w:val="C00000"/>',
    );
    const withoutCode = styles.replace(
      /<w:style [^>]*w:styleId="CodeBlock"[\s\S]*?<\/w:style>/,
      '',
    );
    const theme =
      '<a:theme xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" name="Corporate"/>';
    const reference = zipSync({
      ...base,
      'word/styles.xml': strToU8(withoutCode),
      'word/theme/theme1.xml': strToU8(theme),
    });
    const read = readReferenceDocx(reference, 'corporate.docx');
    const part = await parts({
      referenceStyles: read.styles,
      referenceTheme: read.theme,
      branding: brand({ colour: '00FF00' }),
    });
    const out = part('word/styles.xml');
    expect(styleOf(out, 'Heading1')).toContain('<w:color w:val="C00000"/>');
    expect(styleOf(out, 'Heading1')).toContain('w:ascii="Garamond"');
    // The reference's theme (fonts, colours) replaces the one built from the branding.
    // A style the reference does not define still exists for the paragraphs that use it.
    expect(styleOf(out, 'CodeBlock')).not.toBe('');
    expect(out.match(/w:styleId="Heading1"/g)).toHaveLength(1);
    expect(part('word/theme/theme1.xml')).toBe(theme);
  });

  it('refuses a reference that is not a Word file, naming it', () => {
    expect(() => readReferenceDocx(strToU8('not a zip'), 'notes.docx')).toThrow(
      /notes\.docx is not a Word/,
    );
    expect(() => readReferenceDocx(zipSync({ 'a.txt': strToU8('x') }), 'x.docx')).toThrow(
      /x\.docx has no word\/styles\.xml/,
    );
  });
});
