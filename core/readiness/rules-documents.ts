import type { Collector } from './collector';
import type { DocumentFact, ReadinessFacts } from './facts';
import type { DocumentState, ExpectedDocument } from './types';

/** The live (not withdrawn) document made from a template; an approved one first. */
export const documentFor = (
  facts: ReadinessFacts,
  templateId: string,
): DocumentFact | undefined => {
  const candidates = facts.documents.filter(
    (d) => d.meta.templateId === templateId && d.meta.status !== 'obsolete',
  );
  return candidates.find((d) => d.meta.status === 'approved') ?? candidates[0];
};

/** The worst thing about a document, in the order an auditor would raise it. */
export const documentState = (
  fact: DocumentFact | undefined,
  today: string,
): { state: DocumentState; detail: string } => {
  if (!fact) return { state: 'missing', detail: 'not in the workspace' };
  const { meta } = fact;
  if (fact.problems.length > 0) return { state: 'broken', detail: fact.problems[0] ?? '' };
  if (fact.unfilled > 0) {
    return { state: 'unfilled', detail: `${fact.unfilled} unfilled field(s)` };
  }
  if (meta.status !== 'approved') {
    return {
      state: 'draft',
      detail: `${meta.status === 'review' ? 'in review' : 'draft'} ${meta.version}`,
    };
  }
  if (fact.changedSinceApproval) {
    return { state: 'changed', detail: `changed since approval of ${meta.version}` };
  }
  if (meta.nextReviewDate !== null && meta.nextReviewDate < today) {
    return { state: 'overdue', detail: `review was due on ${meta.nextReviewDate}` };
  }
  return {
    state: 'current',
    detail: `approved ${meta.version}${meta.approvedAt ? ` on ${meta.approvedAt}` : ''}`,
  };
};

const ACTIONS: Readonly<Record<Exclude<DocumentState, 'current'>, string>> = {
  missing: 'Add it from the template library.',
  broken: 'Open it and fix the problem.',
  unfilled: 'Fill the missing fields, then approve it.',
  draft: 'Finish it and have it approved.',
  changed: 'Review the change and approve the new revision.',
  overdue: 'Review it and record the review.',
};

/** One check per expected document of a requirement; returns the rows the report shows. */
export const checkExpectedDocuments = (
  facts: ReadinessFacts,
  collector: Collector,
  requirement: string,
  expected: readonly { templateId: string; label: string }[],
): ExpectedDocument[] =>
  expected.map(({ templateId, label }) => {
    const fact = documentFor(facts, templateId);
    const { state, detail } = documentState(fact, facts.today);
    collector.check(requirement, state === 'current', () => ({
      rule: `document.${state}`,
      message: `${label}${fact ? ` (${fact.meta.id})` : ''}: ${detail}.`,
      action: state === 'current' ? '' : ACTIONS[state],
      target: fact ? { kind: 'document', id: fact.meta.id } : { kind: 'template', templateId },
    }));
    return { label, templateId, documentId: fact?.meta.id ?? null, state, detail };
  });
