import {
  AlignmentType,
  BorderStyle,
  Footer,
  Header,
  Paragraph,
  Tab,
  TabStopType,
  TextRun,
} from 'docx';
import { UNCONTROLLED_NOTE } from '../publish/branding';
import { field } from './fields';
import { COLOUR, CONTENT_WIDTH, DRAFT_NOTICE } from './look';
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

/**
 * The header and footer styles put their right tab at the portrait text width; on a landscape
 * page the paragraph moves it to that page's right margin.
 */
const rightTabAt = (width: number) =>
  width === CONTENT_WIDTH
    ? {}
    : {
        tabStops: [
          { type: TabStopType.CLEAR, position: CONTENT_WIDTH },
          { type: TabStopType.RIGHT, position: width },
        ],
      };

/** Running header: organisation left, title right, and the draft warning when fields are unfilled. */
export const pageHeader = (input: DocxInput, width: number = CONTENT_WIDTH): Header =>
  new Header({
    children: [
      ...(input.incomplete ? [draftLine()] : []),
      new Paragraph({
        style: STYLE.header,
        ...rightTabAt(width),
        border: line('bottom'),
        children: [
          new TextRun(xmlSafe(input.branding?.headerText.trim() || input.organisationName)),
          tab(),
          new TextRun(xmlSafe(input.title)),
        ],
      }),
    ],
  });

const SEPARATOR = '  \u00B7  ';

/**
 * ID, version and classification as DOCPROPERTY fields over the custom properties, so a change
 * to a property in Word (File > Info > Properties) updates every place that prints it.
 */
const footerSummary = (input: DocxInput): TextRun[] => {
  const parts = [
    propertyField('Document ID', input.documentId),
    propertyField('Version', input.version, 'Version '),
    propertyField('Classification', input.classification),
  ].filter((p) => p.length > 0);
  return parts.flatMap((p, i) => (i > 0 ? [new TextRun(SEPARATOR), ...p] : p));
};

/** A DOCPROPERTY field with the current value cached; nothing when the value is empty. */
export const propertyField = (name: string, value: string, prefix = ''): TextRun[] => {
  const text = xmlSafe(value).trim();
  if (!text) return [];
  return [...(prefix ? [new TextRun(prefix)] : []), ...field(`DOCPROPERTY "${name}"`, text)];
};

const notes = (input: DocxInput): string =>
  [
    input.branding?.footerText.trim() ?? '',
    input.branding?.uncontrolledNote ? UNCONTROLLED_NOTE : '',
  ]
    .filter(Boolean)
    .join(SEPARATOR);

const noteParagraph = (input: DocxInput, centred: boolean): Paragraph[] =>
  notes(input)
    ? [
        new Paragraph({
          style: STYLE.footer,
          ...(centred ? { alignment: AlignmentType.CENTER } : {}),
          spacing: { after: 40 },
          children: [new TextRun({ text: xmlSafe(notes(input)), italics: true })],
        }),
      ]
    : [];

const pageCountText = (input: DocxInput): string =>
  input.pages ? (input.pages.totalText ?? String(input.pages.total)) : '2';

/** Running footer: ID, version and classification left; "Page X of Y" (PAGE, NUMPAGES fields) right. */
export const pageFooter = (input: DocxInput, width: number = CONTENT_WIDTH): Footer =>
  new Footer({
    children: [
      ...noteParagraph(input, false),
      new Paragraph({
        style: STYLE.footer,
        ...rightTabAt(width),
        border: line('top'),
        children: [
          ...footerSummary(input),
          tab(),
          // Saved with values (Word shows cached results until it lays the page out itself).
          new TextRun('Page '),
          ...field('PAGE', '2'),
          new TextRun(' of '),
          ...field('NUMPAGES', pageCountText(input)),
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
      ...noteParagraph(input, true),
      new Paragraph({
        style: STYLE.footer,
        alignment: AlignmentType.CENTER,
        children: [
          new TextRun('Classification: '),
          ...propertyField('Classification', input.classification),
        ],
      }),
    ],
  });
