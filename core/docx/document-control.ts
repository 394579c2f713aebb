import { Paragraph, TextRun } from 'docx';
import type { Table } from 'docx';
import { propertyField } from './header-footer';
import { COLOUR } from './look';
import { STYLE } from './styles';
import { buildTable, tableSpacer } from './tables';
import type { CellSpec } from './tables';
import { xmlSafe } from './text';
import type { DocxInput } from './types';
import {
  documentDetails,
  GENERATED_HEADING,
  generatedDetails,
  isGenerated,
} from '../publish/details';

export { documentDetails } from '../publish/details';

const text = (value: string): CellSpec => ({ children: [new TextRun(value)] });

/** Rows whose value is a document property: printed as a DOCPROPERTY field, edited once in Word. */
const PROPERTY_ROWS = new Set(['Document ID', 'Version', 'Status', 'Classification']);

const valueCell = (label: string, value: string): CellSpec =>
  PROPERTY_ROWS.has(label) ? { children: propertyField(label, value) } : text(value);

/** A two-column label/value table (labels shaded by the details table style). */
export const detailsTable = (pairs: readonly [string, string][]): Table =>
  buildTable({
    style: STYLE.detailsTable,
    rows: pairs.map(([label, value]) => [text(label), valueCell(label, value)]),
    widths: [32, 68],
    firstColumn: true,
  });

const revisionRows = (input: DocxInput): CellSpec[][] => {
  if (input.revisions.length === 0) {
    const note = new TextRun({
      text: 'No revisions recorded yet: this is the first issue of the document.',
      italics: true,
      color: COLOUR.muted,
    });
    return [[{ children: [note], span: 4 }]];
  }
  return input.revisions.map((r) =>
    [r.version, r.date, r.author, r.description].map((value) => text(xmlSafe(value))),
  );
};

const revisionTable = (input: DocxInput): Table =>
  buildTable({
    style: STYLE.table,
    header: ['Version', 'Date', 'Author', 'Description'].map(text),
    rows: revisionRows(input),
    widths: [12, 17, 23, 48],
  });

/** Rough heights in twips, for deciding whether the contents still fit on the same page. */
const ROW = 330;
const FRONT_HEADING = 620;
const SPACER = 280;
const lines = (text: string, charsPerLine: number): number =>
  Math.max(1, Math.ceil(text.length / charsPerLine));

/** Estimated height of the document-control block and revision history, in twips. */
export const documentControlHeight = (input: DocxInput): number => {
  if (isGenerated(input)) return FRONT_HEADING + SPACER + 7 * ROW;
  const revisions = input.revisions.map(
    (r) => ROW * Math.max(lines(r.description, 38), lines(r.author, 18), lines(r.version, 8)),
  );
  const history = revisions.length > 0 ? revisions.reduce((a, b) => a + b, 0) : ROW;
  return 2 * FRONT_HEADING + 2 * SPACER + 8 * ROW + ROW + history;
};

const frontHeading = (title: string): Paragraph =>
  new Paragraph({ style: STYLE.frontHeading, text: title });

/** The document-control block and revision history that open the document after the cover. */
export const documentControl = (input: DocxInput): (Paragraph | Table)[] =>
  isGenerated(input)
    ? [frontHeading(GENERATED_HEADING), detailsTable(generatedDetails(input)), tableSpacer()]
    : controlledDocumentControl(input);

const controlledDocumentControl = (input: DocxInput): (Paragraph | Table)[] => [
  frontHeading('Document control'),
  detailsTable(documentDetails(input)),
  tableSpacer(),
  frontHeading('Revision history'),
  revisionTable(input),
  tableSpacer(),
  ...(input.branding?.approvalBlock ? approvalBlock(input) : []),
];

/** Approver, date and a signature line, for documents that are signed on paper. */
const approvalBlock = (input: DocxInput): (Paragraph | Table)[] => [
  frontHeading('Approval'),
  detailsTable([
    ['Approved by', xmlSafe(input.approverName).trim() || ' '],
    ['Date', input.approvedAt ?? ' '],
    ['Signature', '\u00A0'],
  ]),
  tableSpacer(),
];
