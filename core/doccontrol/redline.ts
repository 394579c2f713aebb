import { Paragraph, TextRun, type FileChild } from 'docx';
import { applyBranding } from '../docx/brand-parts';
import { createWordDocument, type WordFront } from '../docx/build-docx';
import { compileParts } from '../docx/compile-parts';
import { w3cdtf } from '../docx/properties';
import { zipNormalisedParts } from '../docx/determinism';
import { STYLE } from '../docx/styles';
import { xmlSafe } from '../docx/text';
import type { DocxInput } from '../docx/types';
import type { PublishBranding } from '../publish/branding';
import { trackChanges } from './redline-marks';
import { mergeForRedline } from './redline-merge';

/** The look of the newer version: its organisation, classification and branding. */
export type RedlineLook = {
  readonly organisationName: string;
  readonly classification: string;
  readonly branding?: PublishBranding;
  readonly referenceStyles?: string | null;
  readonly referenceTheme?: string | null;
};

export type RedlineInput = {
  readonly documentId: string;
  readonly title: string;
  readonly fromLabel: string;
  readonly toLabel: string;
  readonly fromVersion: string;
  /** The version number of the newer text, printed in the footer. */
  readonly toVersion: string;
  /** Who the tracked changes are attributed to (the author of the newer version). */
  readonly author: string;
  /** YYYY-MM-DD of the newer version; also the document's own date. */
  readonly date: string;
  /** The filled Markdown of the two versions. */
  readonly from: string;
  readonly to: string;
  readonly look: RedlineLook;
};

/** The redline's first page: what is compared with what, and how to read it. */
const redlineFront = (input: RedlineInput): WordFront => ({
  cover: false,
  trackRevisions: true,
  children: (): FileChild[] => [
    new Paragraph({
      style: STYLE.title,
      children: [new TextRun(xmlSafe(`${input.documentId} ${input.title}`))],
    }),
    new Paragraph({
      style: STYLE.coverSubtitle,
      children: [new TextRun(xmlSafe(`Changes from ${input.fromLabel} to ${input.toLabel}`))],
    }),
    new Paragraph({
      children: [
        new TextRun({
          text: 'Insertions and deletions are tracked changes: Review > Tracked changes in Word or LibreOffice lists them, and accepting all of them gives the newer text.',
          italics: true,
        }),
      ],
    }),
  ],
});

const docxInputOf = (input: RedlineInput): DocxInput => {
  const when = new Date(`${input.date.slice(0, 10)}T00:00:00Z`);
  return {
    markdown: mergeForRedline(input.from, input.to),
    documentId: input.documentId,
    title: `${input.title} (changes ${input.fromVersion} to ${input.toVersion})`,
    version: input.toVersion,
    status: 'draft',
    classification: input.look.classification,
    organisationName: input.look.organisationName,
    ownerName: input.author,
    approverName: '',
    approvedAt: null,
    nextReviewDate: null,
    revisions: [],
    subject: `Changes to ${input.documentId}`,
    keywords: [],
    logo: null,
    incomplete: false,
    timestamp: when,
    ...(input.look.branding ? { branding: input.look.branding } : {}),
    referenceStyles: input.look.referenceStyles ?? null,
    referenceTheme: input.look.referenceTheme ?? null,
  };
};

/**
 * A Word document holding the newer text with the change from the older one as tracked
 * insertions and deletions (w:ins, w:del), so a reviewer sees it in Word's own review pane. The
 * body goes through the same block mapping as the document's export, so headings, lists and
 * tables keep the document's styles. The same two versions always give the same bytes.
 */
// eslint-disable-next-line @typescript-eslint/require-await -- a bad input must reject, not throw
export async function buildRedlineDocx(input: RedlineInput): Promise<Uint8Array> {
  const docx = docxInputOf(input);
  const { doc, overrides } = createWordDocument(docx, redlineFront(input));
  const parts = compileParts(doc, overrides);
  const body = parts.get('word/document.xml');
  const xml = typeof body === 'string' ? body : new TextDecoder().decode(body);
  parts.set(
    'word/document.xml',
    trackChanges(xml, { author: xmlSafe(input.author), date: w3cdtf(docx.timestamp) }),
  );
  return zipNormalisedParts(applyBranding(parts, docx));
}
