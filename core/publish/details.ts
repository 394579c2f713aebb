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
