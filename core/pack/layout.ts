import type { DocumentMeta } from '../model/workspace';

// The pack's folders follow the standard, so an auditor finds clause 6 documents under Planning.

const CLAUSE_FOLDERS: Readonly<Record<string, string>> = {
  '4': '02 Context (clause 4)',
  '5': '03 Leadership (clause 5)',
  '6': '04 Planning (clause 6)',
  '7': '05 Support (clause 7)',
  '8': '06 Operation (clause 8)',
  '9': '07 Performance evaluation (clause 9)',
  '10': '08 Improvement (clause 10)',
};

export const FOLDERS = {
  readiness: '01 Readiness',
  annexA: '09 Annex A controls',
  registers: '10 Registers',
  documentRegister: '11 Register of documents',
  traceability: '12 Traceability',
} as const;

export const MANIFEST = 'MANIFEST.sha256';

/** The folder of a document: its first clause's area, or Annex A when it answers controls only. */
export const documentFolder = (meta: Pick<DocumentMeta, 'clauses'>): string => {
  const top = meta.clauses[0]?.split('.')[0];
  return (top && CLAUSE_FOLDERS[top]) ?? FOLDERS.annexA;
};

/** Bytes a pack entry's name may use before its extension: file systems allow 255. */
export const MAX_ENTRY_NAME_BYTES = 150;

const utf8Bytes = (text: string) => new TextEncoder().encode(text).length;

/**
 * A file name that is safe on Windows, macOS and Linux. A long name is shortened at a character
 * (never inside one) to MAX_ENTRY_NAME_BYTES, and `suffix` (" (DRAFT)") is always kept.
 */
export const safeName = (name: string, suffix = ''): string => {
  const clean = [...name]
    .map((ch) => (ch.charCodeAt(0) < 32 || '\\/:*?"<>|'.includes(ch) ? '-' : ch))
    .join('')
    .replace(/\s+/g, ' ')
    .trim();
  let room = MAX_ENTRY_NAME_BYTES - utf8Bytes(suffix);
  const kept: string[] = [];
  for (const ch of clean) {
    room -= utf8Bytes(ch);
    if (room < 0) break;
    kept.push(ch);
  }
  // Windows refuses names that end in a dot or a space.
  return `${kept.join('').replace(/[ .]+$/, '')}${suffix}`;
};
