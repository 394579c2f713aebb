import { DEFAULT_BRANDING, brandPalette, type PublishBranding } from '../publish/branding';
import { COLOUR } from './look';

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

/**
 * word/styles.xml in the organisation's colour. Its fonts are not set here: the styles take
 * them from the document theme, which carries the heading and body fonts (build-docx.ts). The
 * default branding returns the XML unchanged, byte for byte.
 */
export const brandStyles = (xml: string, branding: PublishBranding | undefined): string =>
  branding ? swapColours(xml, branding.colour) : xml;
