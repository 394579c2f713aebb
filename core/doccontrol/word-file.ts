import { sha256 } from '@noble/hashes/sha2';
import { bytesToHex } from '@noble/hashes/utils';
import { z } from 'zod';

/**
 * The Word file of an approved version, made once at approval and stored beside its frozen
 * record as history/<ID>@<version>.docx. The record names its SHA-256 and size, so a file that
 * was damaged or edited by hand is recognised and never exported as the approved version.
 */
export const storedWordFileSchema = z.object({
  file: z.string(),
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
  size: z.number().int().nonnegative(),
});

export type StoredWordFile = z.infer<typeof storedWordFileSchema>;

/** The workspace-relative path of a frozen version's Word file. */
export const storedWordFilePath = (documentId: string, version: string): string =>
  `history/${documentId}@${version}.docx`;

export const wordFileHash = (bytes: Uint8Array): string => bytesToHex(sha256(bytes));

/** What a frozen record says about the Word file made from it. */
export const describeWordFile = (
  documentId: string,
  version: string,
  bytes: Uint8Array,
): StoredWordFile => ({
  file: storedWordFilePath(documentId, version),
  sha256: wordFileHash(bytes),
  size: bytes.length,
});

/**
 * The stored bytes when they are the file the record names; otherwise why not, as a sentence for
 * the export's warnings (the caller then makes the file again from the record).
 */
export const checkStoredWordFile = (
  expected: StoredWordFile,
  stored: Uint8Array | null,
): { ok: true; bytes: Uint8Array } | { ok: false; problem: string } => {
  if (stored === null) {
    return {
      ok: false,
      problem: `${expected.file} is missing; the approved version's Word file was made again from its frozen record`,
    };
  }
  if (stored.length === expected.size && wordFileHash(stored) === expected.sha256) {
    return { ok: true, bytes: stored };
  }
  return {
    ok: false,
    problem: `${expected.file} is not the file approved (it was changed or damaged); the Word file was made again from its frozen record`,
  };
};
