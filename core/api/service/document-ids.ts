import type { DocumentKind, DocumentMeta } from '../../model/workspace';

export const KIND_CODES: Readonly<Record<DocumentKind, string>> = {
  policy: 'POL',
  procedure: 'PRO',
  plan: 'PLN',
  record: 'REC',
  register: 'REG',
  report: 'RPT',
};

/** The next free ID for a kind, e.g. BWA-POL-004 after BWA-POL-003; numbers are never reused. */
export const nextDocumentId = (
  prefix: string,
  kind: DocumentKind,
  existing: readonly Pick<DocumentMeta, 'id'>[],
): string => {
  const stem = `${prefix}-${KIND_CODES[kind]}-`;
  const highest = existing
    .filter((d) => d.id.startsWith(stem))
    .map((d) => Number(d.id.slice(stem.length)))
    .filter(Number.isFinite)
    .reduce((max, n) => Math.max(max, n), 0);
  return `${stem}${String(highest + 1).padStart(3, '0')}`;
};

/** A file name that every desktop OS accepts: "<ID> <Title>.docx". */
export const exportFileName = (id: string, title: string): string => {
  const safe = [...`${id} ${title}`]
    .map((char) => (char.charCodeAt(0) < 32 || '<>:"/\\|?*'.includes(char) ? '-' : char))
    .join('');
  return `${safe.replace(/\s+/g, ' ').trim()}.docx`;
};
