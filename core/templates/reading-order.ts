// The order in which documents are added (and so numbered) when a whole library is added: the
// scope and the information security policy first, then the clause documents in clause order,
// then the topic documents in Annex A order, so BWA-POL-001 is the top-level policy and
// BWA-REC-001 the scope, as an auditor expects.

type Ordered = {
  readonly id: string;
  readonly clauses: readonly string[];
  readonly controls: readonly string[];
};

const FIRST = ['isms-scope', 'information-security-policy'];

const sortKey = (t: Ordered): number[] => {
  const first = FIRST.indexOf(t.id);
  if (first >= 0) return [0, first];
  const reference = t.clauses[0] ?? t.controls[0] ?? '99';
  const numbers = reference
    .split(/[^0-9]+/)
    .filter(Boolean)
    .map(Number);
  return [t.clauses.length > 0 ? 1 : 2, ...numbers];
};

const compareNumbers = (a: readonly number[], b: readonly number[]): number => {
  for (let i = 0; i < Math.max(a.length, b.length); i += 1) {
    const diff = (a[i] ?? -1) - (b[i] ?? -1);
    if (diff !== 0) return diff;
  }
  return 0;
};

/** Compares two templates by reading order; ties fall back to the template id. */
export const byReadingOrder = (a: Ordered, b: Ordered): number =>
  compareNumbers(sortKey(a), sortKey(b)) || a.id.localeCompare(b.id);
