import { planLayout } from '../../core/pdf/layout';
import type { DocxInput } from '../../core/docx/types';
import { sharedMeasure } from './fonts';

export { saveWidthTables } from './fonts';

/**
 * The page of each heading and the page count, as the PDF lays the document out. Only the
 * layout and the word widths: the PDF writer (pdfkit, with its encryption, image and Unicode
 * tables) is not loaded, and the shaping engine only when a word is missing from the width
 * table (see fonts.ts), so planning the pages of a Word file costs no PDF machinery.
 */
export const planPages = (input: DocxInput): { headings: number[]; total: number } => {
  const branding = input.branding;
  return planLayout(input, sharedMeasure(branding), branding ? { branding } : {});
};

/** Loads the fonts and their tables, so the first document laid out does not pay for it. */
export const warmUpPageLayout = (): void => {
  sharedMeasure()('Warm-up', 'regular', 11);
};
