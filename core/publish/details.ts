import { xmlSafe } from '../docx/text';
import type { DocxInput } from '../docx/types';

const orPlaceholder = (value: string | null, placeholder: string): string => {
  const text = xmlSafe(value ?? '').trim();
  return text.length > 0 ? text : placeholder;
};

const capitalise = (text: string): string => text.charAt(0).toUpperCase() + text.slice(1);

/** The document's control data as label/value pairs, in the order the cover and the block print them. */
export const documentDetails = (input: DocxInput): [string, string][] => [
  ['Document ID', orPlaceholder(input.documentId, 'Not assigned')],
  ['Version', orPlaceholder(input.version, 'Not set')],
  ['Status', capitalise(orPlaceholder(input.status, 'Draft'))],
  ['Classification', orPlaceholder(input.classification, 'Not classified')],
  ['Owner', orPlaceholder(input.ownerName, 'Not assigned')],
  ['Approver', orPlaceholder(input.approverName, 'Not assigned')],
  ['Approved on', orPlaceholder(input.approvedAt, 'Not yet approved')],
  ['Next review', orPlaceholder(input.nextReviewDate, 'Not scheduled')],
];

/** A file the pack generates (readiness report, register of documents), not a controlled document. */
export const isGenerated = (input: Pick<DocxInput, 'status'>): boolean =>
  input.status === 'generated';

export const GENERATED_HEADING = 'About this document';

/**
 * What a generated file prints instead of document control: an approval, a revision history and
 * a review date would say "not yet approved" of something that is never approved, only rebuilt.
 */
export const generatedDetails = (input: DocxInput): [string, string][] => [
  ['Generated on', orPlaceholder(input.version, 'Not set')],
  [
    'Generated from',
    `The ISMS workspace of ${orPlaceholder(input.organisationName, 'the organisation')}`,
  ],
  ['Pack', orPlaceholder(input.documentId, 'Stage 1 pack')],
  ['Classification', orPlaceholder(input.classification, 'Not classified')],
  [
    'Control',
    'Built anew each time the pack is made, so it is not approved or revised; the documents and records it describes carry their own document control.',
  ],
];
