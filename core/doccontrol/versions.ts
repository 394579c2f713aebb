import { AppError } from '../errors';
import type { DocumentMeta } from '../model/workspace';

/**
 * The version rule (README, "Document control"):
 * - a new document is draft 0.1; a draft returned from review goes up one minor step (0.2);
 * - the first approval makes 1.0;
 * - editing an approved X.Y starts draft X.(Y+1);
 * - approving a later revision is either minor (the draft's own number, X.(Y+1) or later) or
 *   major ((X+1).0), chosen by the approver.
 */
export type VersionChange = 'minor' | 'major';

export type Version = { readonly major: number; readonly minor: number };

export const parseVersion = (text: string): Version => {
  const match = /^(\d+)\.(\d+)$/.exec(text);
  if (!match) {
    throw new AppError(
      'invalid-input',
      `Not a version: "${text}" (expected a version such as 1.0)`,
      {
        field: 'version',
      },
    );
  }
  return { major: Number(match[1]), minor: Number(match[2]) };
};

export const formatVersion = (v: Version): string => `${v.major}.${v.minor}`;

export const compareVersions = (a: string, b: string): number => {
  const x = parseVersion(a);
  const y = parseVersion(b);
  return x.major - y.major || x.minor - y.minor;
};

export const nextMinor = (version: string): string => {
  const v = parseVersion(version);
  return formatVersion({ major: v.major, minor: v.minor + 1 });
};

/** The last approved version, or null for a document never approved. */
export const lastApprovedVersion = (meta: Pick<DocumentMeta, 'approvals'>): string | null =>
  meta.approvals.at(-1)?.version ?? null;

/** The version an approval gives the document. */
export const approvalVersion = (
  meta: Pick<DocumentMeta, 'approvals' | 'version'>,
  change: VersionChange,
): string => {
  const approved = lastApprovedVersion(meta);
  if (approved === null) return '1.0';
  if (change === 'major')
    return formatVersion({ major: parseVersion(approved).major + 1, minor: 0 });
  return compareVersions(meta.version, approved) > 0 ? meta.version : nextMinor(approved);
};
