import { Paragraph, ShadingType, TextRun } from 'docx';
import { brandPalette, type CoverLayout } from '../publish/branding';
import { STYLE } from './styles';
import { xmlSafe } from './text';
import type { DocxInput } from './types';

const WHITE = 'FFFFFF';

/** Space above the organisation line, in twips: the classic cover sits low on the page. */
const spaceAbove = (layout: CoverLayout, hasLogo: boolean): number => {
  if (layout === 'minimal') return hasLogo ? 480 : 240;
  return hasLogo ? 1800 : 2600;
};

/** Organisation and title on a band of the brand colour, white text, as the PDF draws it. */
const bannerBlock = (input: DocxInput, organisation: string, colour: string): Paragraph[] => {
  const shading = { type: ShadingType.CLEAR, color: 'auto', fill: colour };
  const pad = { style: 'single' as const, size: 48, color: colour, space: 0 };
  return [
    new Paragraph({
      style: STYLE.coverOrganisation,
      spacing: { before: spaceAbove('banner', input.logo !== null), after: 0 },
      shading,
      border: { top: pad, left: pad, right: pad },
      children: [new TextRun({ text: organisation, color: WHITE })],
    }),
    new Paragraph({
      style: STYLE.title,
      shading,
      border: { bottom: pad, left: pad, right: pad },
      children: [new TextRun({ text: xmlSafe(input.title).trim(), color: WHITE })],
    }),
  ];
};

/** The organisation line and the title in the chosen cover layout. */
export const coverTitleBlock = (input: DocxInput, organisation: string): Paragraph[] => {
  const layout = input.branding?.coverLayout ?? 'classic';
  if (layout === 'banner') {
    const colour = brandPalette(input.branding?.colour ?? '1F3864').accent;
    return bannerBlock(input, organisation, colour);
  }
  return [
    new Paragraph({
      style: STYLE.coverOrganisation,
      spacing: { before: spaceAbove(layout, input.logo !== null) },
      text: organisation,
    }),
    new Paragraph({ style: STYLE.title, text: xmlSafe(input.title).trim() }),
  ];
};
