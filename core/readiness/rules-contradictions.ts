import { listSome, plural, type Collector } from './collector';
import type { ReadinessFacts } from './facts';

/** 7.5: document control contradictions a machine can see. */
export const checkDocumentControl = (facts: ReadinessFacts, c: Collector) => {
  const selfApproved = facts.documents.filter(
    (d) => d.meta.status === 'approved' && d.meta.approver !== null && d.meta.approver === d.author,
  );
  c.check(
    '7.5',
    selfApproved.length === 0,
    () => ({
      rule: 'contradiction.self-approved',
      message: `${plural(selfApproved.length, 'document')} approved by its own author: ${listSome(selfApproved.map((d) => d.meta.id))}.`,
      action: 'Have someone other than the author approve it.',
      target: { kind: 'document', id: selfApproved[0]?.meta.id ?? '' },
    }),
    facts.documents.some((d) => d.meta.status === 'approved'),
  );
  const known = new Set(facts.documents.map((d) => d.meta.id));
  const unknown = facts.documents.flatMap((d) =>
    d.references.filter((id) => !known.has(id)).map((id) => ({ from: d.meta.id, id })),
  );
  c.check(
    '7.5',
    unknown.length === 0,
    () => ({
      rule: 'contradiction.unknown-document',
      message: `${plural(unknown.length, 'reference')} to a document ID that does not exist: ${listSome(unknown.map((u) => `${u.id} in ${u.from}`))}.`,
      action: 'Correct the ID, or add the document it names.',
      target: { kind: 'document', id: unknown[0]?.from ?? '' },
    }),
    facts.documents.length > 0,
  );
  const dangling = facts.danglingReferences;
  c.check(
    '7.5',
    dangling.length === 0,
    () => ({
      rule: 'contradiction.dangling-reference',
      message: `${plural(dangling.length, 'record')} pointing to something that does not exist: ${listSome(
        dangling.map((d) => d.message),
        3,
      )}.`,
      action: 'Correct or remove the reference.',
      target: {
        kind: 'register',
        register: dangling[0]?.register ?? 'risks',
        entry: dangling[0]?.from ?? null,
      },
    }),
    dangling.length > 0 || facts.treatments.length > 0,
  );
};
