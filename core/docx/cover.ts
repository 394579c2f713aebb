import { ImageRun, Paragraph, TextRun } from 'docx';
import type { Table } from 'docx';
import { AppError } from '../errors';
import { pageBreak } from './blocks';
import { coverTitleBlock } from './cover-layouts';
import { propertyField } from './header-footer';
import { COLOUR, DRAFT_NOTICE } from './look';
import { STYLE } from './styles';
import { xmlSafe } from './text';
import type { DocxImage, DocxInput } from './types';

const LOGO_BOX = { width: 220, height: 90 } as const;

/** The logo scaled down (never up) to fit the cover's logo box, keeping its proportions. */
const logoSize = (logo: DocxImage): { width: number; height: number } => {
  if (!(logo.widthPx > 0 && logo.heightPx > 0) || logo.data.length === 0) {
    throw new AppError('invalid-input', 'The organisation logo is empty or has no size.', {
      field: 'logo',
    });
  }
  const scale = Math.min(1, LOGO_BOX.width / logo.widthPx, LOGO_BOX.height / logo.heightPx);
  return {
    width: Math.max(1, Math.round(logo.widthPx * scale)),
    height: Math.max(1, Math.round(logo.heightPx * scale)),
  };
};

const logoParagraph = (logo: DocxImage, organisation: string): Paragraph =>
  new Paragraph({
    spacing: { before: 0, after: 0 },
    children: [
      new ImageRun({
        type: logo.type,
        data: logo.data,
        transformation: logoSize(logo),
        altText: { name: 'Logo', title: 'Logo', description: `Logo of ${organisation}` },
      }),
    ],
  });

const draftNotice = (): Paragraph =>
  new Paragraph({
    style: STYLE.draftNotice,
    border: {
      top: { style: 'single', size: 8, color: COLOUR.draft, space: 4 },
      bottom: { style: 'single', size: 8, color: COLOUR.draft, space: 4 },
    },
    children: [new TextRun(DRAFT_NOTICE)],
  });

const coverSummary = (input: DocxInput): TextRun[] =>
  [
    propertyField('Document ID', input.documentId),
    propertyField('Version', input.version, 'Version '),
    propertyField('Status', input.status.charAt(0).toUpperCase() + input.status.slice(1)),
    propertyField('Classification', input.classification),
  ]
    .filter((p) => p.length > 0)
    .flatMap((p, i) => (i > 0 ? [new TextRun('  \u00B7  '), ...p] : p));

/** The cover page: logo, organisation, title, the control data, then a page break. */
export const coverPage = (input: DocxInput): (Paragraph | Table)[] => {
  const organisation = xmlSafe(input.organisationName).trim();
  const subject = xmlSafe(input.subject).trim();
  return [
    ...(input.logo ? [logoParagraph(input.logo, organisation)] : []),
    ...coverTitleBlock(input, organisation),
    ...(subject ? [new Paragraph({ style: STYLE.coverSubtitle, text: subject })] : []),
    ...(input.incomplete ? [draftNotice()] : []),
    // One line, not the control table: the full table follows on the next page.
    new Paragraph({ spacing: { before: 240 }, children: coverSummary(input) }),
    pageBreak(),
  ];
};
