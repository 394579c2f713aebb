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

/** A file name that is safe on Windows, macOS and Linux. */
export const safeName = (name: string): string =>
  [...name]
    .map((ch) => (ch.charCodeAt(0) < 32 || '\\/:*?"<>|'.includes(ch) ? '-' : ch))
    .join('')
    .replace(/\s+/g, ' ')
    .trim()
    .slice(0, 120);
