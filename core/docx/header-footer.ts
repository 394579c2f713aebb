import {
  AlignmentType,
  BorderStyle,
  Footer,
  Header,
  PageNumber,
  Paragraph,
  Tab,
  TextRun,
} from 'docx';
import { COLOUR, DRAFT_NOTICE } from './look';
import { STYLE } from './styles';
import { xmlSafe } from './text';
import type { DocxInput } from './types';

const line = (side: 'top' | 'bottom') => ({
  [side]: { style: BorderStyle.SINGLE, size: 4, color: COLOUR.rule, space: 4 },
});

const draftLine = (): Paragraph =>
  new Paragraph({
    style: STYLE.header,
    alignment: AlignmentType.RIGHT,
    spacing: { after: 60 },
    children: [new TextRun({ text: DRAFT_NOTICE, bold: true, color: COLOUR.draft })],
  });

const tab = (): TextRun => new TextRun({ children: [new Tab()] });

/** Running header: organisation left, title right, and the draft warning when fields are unfilled. */
export const pageHeader = (input: DocxInput): Header =>
  new Header({
    children: [
      ...(input.incomplete ? [draftLine()] : []),
      new Paragraph({
        style: STYLE.header,
        border: line('bottom'),
        children: [
          new TextRun(xmlSafe(input.organisationName)),
          tab(),
          new TextRun(xmlSafe(input.title)),
        ],
      }),
    ],
  });

const footerSummary = (input: DocxInput): string =>
  [input.documentId, `Version ${input.version}`, input.classification]
    .map((part) => xmlSafe(part).trim())
    .filter((part) => part.length > 0)
    .join('  \u00B7  ');

/** Running footer: ID, version and classification left; "Page X of Y" (PAGE, NUMPAGES fields) right. */
export const pageFooter = (input: DocxInput): Footer =>
  new Footer({
    children: [
      new Paragraph({
        style: STYLE.footer,
        border: line('top'),
        children: [
          new TextRun(footerSummary(input)),
          tab(),
          new TextRun({ children: ['Page ', PageNumber.CURRENT, ' of ', PageNumber.TOTAL_PAGES] }),
        ],
      }),
    ],
  });

/** The cover's own header (only the draft warning, if any) and footer (the classification). */
export const coverHeader = (input: DocxInput): Header =>
  new Header({
    children: [input.incomplete ? draftLine() : new Paragraph({ style: STYLE.header })],
  });

export const coverFooter = (input: DocxInput): Footer =>
  new Footer({
    children: [
      new Paragraph({
        style: STYLE.footer,
        alignment: AlignmentType.CENTER,
        children: [new TextRun(`Classification: ${xmlSafe(input.classification).trim()}`)],
      }),
    ],
  });
