/**
 * Frozen records whose exact text an earlier run of the same code checked. Checking a record
 * against its schema is a quarter of the approved documents' cost in a batch export, and a
 * record never changes once approved: a text the schema read before as exactly its JSON (no
 * default filled in, nothing dropped) and whose fill check held, is read as its JSON again.
 * The caller (a batch export) says which texts those are, from a list it keeps outside the
 * workspace keyed by the text's hash and the code's identity; a changed byte is another text,
 * checked (and reported) as before.
 */
const trustedReadings = new WeakSet<object>();

/**
 * One export's checks: the texts it may read without the schema check, and the texts it checked
 * now that a later run may trust. Each export has its own, so two exports in one process (the
 * app) never read or fill each other's.
 */
export type RecordChecks = {
  readonly trusted: ReadonlySet<string>;
  readonly noted: Set<string>;
};

/** Checks trusting `trusted` and noting the texts checked from now on. */
export const recordChecks = (trusted: ReadonlySet<string>): RecordChecks => ({
  trusted,
  noted: new Set(),
});

/** Called by the record parser before its schema check: the JSON itself when trusted. */
export const trustedReading = (
  checks: RecordChecks | null,
  text: string,
  json: unknown,
): unknown => {
  if (!checks?.trusted.has(text) || typeof json !== 'object' || json === null) return undefined;
  trustedReadings.add(json);
  return json;
};

/** Whether a record object is a trusted reading (its fill check held when it was noted). */
export const isTrustedReading = (record: object): boolean => trustedReadings.has(record);

const sameJson = (a: unknown, b: unknown): boolean => {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  const keys = Object.keys(a);
  if (keys.length !== Object.keys(b).length) return false;
  const x = a as Record<string, unknown>;
  const y = b as Record<string, unknown>;
  return keys.every((k) => Object.hasOwn(y, k) && sameJson(x[k], y[k]));
};

/**
 * Called by the record parser after a schema check passed: notes the text when the reading is
 * exactly the JSON and `fillHolds` (the record's own consistency check) says yes.
 */
export const noteChecked = (
  checks: RecordChecks | null,
  text: string,
  json: unknown,
  reading: unknown,
  fillHolds: () => boolean,
): void => {
  const noted = checks?.noted;
  if (noted && !noted.has(text) && sameJson(json, reading) && fillHolds()) noted.add(text);
};
