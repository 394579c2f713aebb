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

/**
 * Most file systems allow 255 bytes per name; the cap leaves room for " (2)" suffixes that save
 * dialogs add, for ".pdf" or ".docx", and for a sync tool's conflict marker.
 */
const MAX_NAME_BYTES = 150;

const utf8Length = (char: string) => {
  const code = char.codePointAt(0) ?? 0;
  return code < 0x80 ? 1 : code < 0x800 ? 2 : code < 0x10000 ? 3 : 4;
};

/**
 * A file name that every desktop OS accepts: "<ID> <Title>.docx". A long title is shortened (at a
 * character, never inside one) so the name stays within MAX_NAME_BYTES; the ID is always kept.
 */
export const exportFileName = (id: string, title: string): string => {
  const safe = [...`${id} ${title}`]
    .map((char) => (char.charCodeAt(0) < 32 || '<>:"/\\|?*'.includes(char) ? '-' : char))
    .join('')
    .replace(/\s+/g, ' ')
    .trim();
  let bytes = 0;
  const kept: string[] = [];
  for (const char of safe) {
    bytes += utf8Length(char);
    if (bytes > MAX_NAME_BYTES - '.docx'.length) break;
    kept.push(char);
  }
  // Windows refuses names that end in a dot or a space.
  return `${kept.join('').replace(/[ .]+$/, '')}.docx`;
};
