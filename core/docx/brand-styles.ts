import { DEFAULT_BRANDING, brandPalette, type PublishBranding } from '../publish/branding';
import { COLOUR, FONT_BODY, FONT_HEADING } from './look';
import { fonts } from './style-xml';

/** Styles whose text is set in the heading font; everything else inherits the body font. */
const HEADING_STYLE_IDS = ['Title', 'Heading1', 'Heading2', 'Heading3', 'Heading4'] as const;
const FRONT_HEADING_IDS = ['FrontMatterHeading'] as const;

/** The built-in accent colours and the brand colour each one becomes. */
const colourSwaps = (colour: string): [string, string][] => {
  const brand = brandPalette(colour);
  return [
    [COLOUR.accent, brand.accent],
    [COLOUR.accentMid, brand.accentMid],
    [COLOUR.accentSoft, brand.accentSoft],
    [COLOUR.headerFill, brand.headerFill],
    [COLOUR.labelFill, brand.labelFill],
  ];
};

/**
 * Replaces the built-in accent colours in attribute values (w:val, w:color, w:fill). Each
 * built-in value is a distinct six-digit hex, so a quoted match can only be one of them.
 */
export const swapColours = (xml: string, colour: string): string => {
  if (colour.toUpperCase() === DEFAULT_BRANDING.colour) return xml;
  const swaps = new Map(colourSwaps(colour));
  return xml.replace(/"([0-9A-F]{6})"/g, (whole, hex: string) => {
    const to = swaps.get(hex);
    return to ? `"${to}"` : whole;
  });
};

/** Sets the fonts of one style's run properties; a style that names no font inherits it. */
const setStyleFont = (xml: string, styleId: string, font: string): string =>
  xml.replace(
    new RegExp(`<w:style [^>]*w:styleId="${styleId}"[^>]*>[\\s\\S]*?</w:style>`),
    (style) => {
      if (/<w:rFonts [^>]*\/>/.test(style)) return style.replace(/<w:rFonts [^>]*\/>/, fonts(font));
      return style.replace('<w:rPr>', `<w:rPr>${fonts(font)}`);
    },
  );

/** The document default font (body text, tables, headers and footers). */
const setBodyFont = (xml: string, font: string): string =>
  xml.replace(/<w:rPrDefault><w:rPr>(<w:rFonts [^>]*\/>)?/, `<w:rPrDefault><w:rPr>${fonts(font)}`);

/**
 * word/styles.xml in the organisation's look: its colour in place of the built-in accents, its
 * heading and body fonts. The default branding returns the XML unchanged, byte for byte.
 */
export const brandStyles = (xml: string, branding: PublishBranding | undefined): string => {
  if (!branding) return xml;
  let out = swapColours(xml, branding.colour);
  if (branding.bodyFont !== FONT_BODY) out = setBodyFont(out, branding.bodyFont);
  if (branding.headingFont !== FONT_HEADING) {
    for (const id of [...HEADING_STYLE_IDS, ...FRONT_HEADING_IDS])
      out = setStyleFont(out, id, branding.headingFont);
  }
  return out;
};
