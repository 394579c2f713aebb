import {
  ANNEX_A_CONTROLS,
  CONTROLS_USUALLY_DOCUMENTED,
  type AnnexATheme,
} from '../frameworks/annex-a';
import { listSome, plural, type Collector } from './collector';
import type { ReadinessFacts, SoaFact } from './facts';
import { documentState } from './rules-documents';
import type { ExpectedDocument } from './types';

export const THEMES: readonly { theme: AnnexATheme; id: string; title: string }[] = [
  { theme: 'organizational', id: 'A.5', title: 'Organisational controls' },
  { theme: 'people', id: 'A.6', title: 'People controls' },
  { theme: 'physical', id: 'A.7', title: 'Physical controls' },
  { theme: 'technological', id: 'A.8', title: 'Technological controls' },
];

const soaTarget = (control: string | undefined) =>
  ({ kind: 'register', register: 'soa', entry: control ?? null }) as const;
const a = (ids: readonly string[]) => listSome(ids.map((id) => `A.${id}`));

/** One theme of Annex A: SoA decisions, statuses, owners, actions, documents, contradictions. */
export const checkTheme = (
  facts: ReadinessFacts,
  c: Collector,
  theme: (typeof THEMES)[number],
): ExpectedDocument[] => {
  const req = theme.id;
  const ids = ANNEX_A_CONTROLS.filter((x) => x.theme === theme.theme).map((x) => x.id);
  const soa = new Map(facts.soa.map((e) => [e.control, e]));
  const entries = ids.map((id) => soa.get(id));
  const decided = entries.filter((e): e is SoaFact => e !== undefined && e.applicable !== null);
  const applicable = decided.filter((e) => e.applicable === true);

  const undecided = ids.filter((id) => (soa.get(id)?.applicable ?? null) === null);
  c.check(req, undecided.length === 0, () => ({
    rule: 'soa.undecided',
    message: `${plural(undecided.length, 'control')} with no applicability decision: ${a(undecided)}.`,
    action: 'Decide in the Statement of Applicability whether each control applies.',
    target: soaTarget(undecided[0]),
  }));
  const unjustified = decided
    .filter((e) => e.applicable === false && e.justification.trim() === '')
    .map((e) => e.control);
  c.check(
    req,
    unjustified.length === 0,
    () => ({
      rule: 'soa.exclusion-unjustified',
      message: `${plural(unjustified.length, 'excluded control')} without a justification: ${a(unjustified)}.`,
      action: 'Give the reason for each exclusion.',
      target: soaTarget(unjustified[0]),
    }),
    decided.some((e) => e.applicable === false),
  );
  const noStatus = applicable.filter((e) => !e.implementation).map((e) => e.control);
  c.check(
    req,
    noStatus.length === 0,
    () => ({
      rule: 'soa.no-status',
      message: `${plural(noStatus.length, 'applicable control')} without an implementation status: ${a(noStatus)}.`,
      action: 'Record the implementation status of each applicable control.',
      target: soaTarget(noStatus[0]),
    }),
    applicable.length > 0,
  );
  if (applicable.some((e) => e.owner !== undefined)) {
    const noOwner = applicable.filter((e) => !e.owner).map((e) => e.control);
    c.check(req, noOwner.length === 0, () => ({
      rule: 'soa.no-owner',
      message: `${plural(noOwner.length, 'applicable control')} without an owner: ${a(noOwner)}.`,
      action: 'Name an owner for each applicable control.',
      target: soaTarget(noOwner[0]),
    }));
  }
  checkPlanned(facts, c, req, applicable);
  checkOpenNonconformities(facts, c, req, applicable);
  // Undecided controls count as applicable: nothing has excluded them yet.
  const notExcluded = ids.filter((id) => soa.get(id)?.applicable !== false);
  return checkControlDocuments(facts, c, req, notExcluded, ids);
};

const checkPlanned = (facts: ReadinessFacts, c: Collector, req: string, applicable: SoaFact[]) => {
  const actioned = new Set(
    facts.treatments.filter((t) => t.status !== 'cancelled').flatMap((t) => t.controls),
  );
  const planned = applicable
    .filter((e) => e.implementation === 'planned' && !actioned.has(e.control))
    .map((e) => e.control);
  c.check(
    req,
    planned.length === 0,
    () => ({
      rule: 'soa.planned-without-action',
      message: `${plural(planned.length, 'planned control')} with no treatment action: ${a(planned)}.`,
      action: 'Add a treatment action that implements each planned control.',
      target: soaTarget(planned[0]),
    }),
    applicable.some((e) => e.implementation === 'planned'),
  );
};

const checkOpenNonconformities = (
  facts: ReadinessFacts,
  c: Collector,
  req: string,
  applicable: SoaFact[],
) => {
  const open = facts.nonconformities.filter((nc) => nc.open);
  const clashes = applicable
    .filter((e) => e.implementation === 'implemented')
    .flatMap((e) => open.filter((nc) => nc.controls.includes(e.control)).map((nc) => ({ e, nc })));
  c.check(
    req,
    clashes.length === 0,
    () => ({
      rule: 'contradiction.implemented-with-open-nonconformity',
      message: `Marked implemented while a nonconformity against it is open: ${listSome(clashes.map(({ e, nc }) => `A.${e.control} (${nc.id})`))}.`,
      action: 'Set the control to partially implemented, or close the nonconformity.',
      target: soaTarget(clashes[0]?.e.control),
    }),
    facts.nonconformities.some((nc) => nc.open),
  );
};

/** Applicable controls usually evidenced by a document need a current one. */
const checkControlDocuments = (
  facts: ReadinessFacts,
  c: Collector,
  req: string,
  applicable: readonly string[],
  themeIds: readonly string[],
): ExpectedDocument[] => {
  const live = facts.documents.filter((d) => d.meta.status !== 'obsolete');
  const rows = live
    .filter((d) => d.meta.controls.some((id) => themeIds.includes(id)))
    .map((d) => ({ fact: d, ...documentState(d, facts.today) }));
  const current = new Set(
    rows.filter((r) => r.state === 'current').flatMap((r) => r.fact.meta.controls),
  );
  const lacking = applicable.filter(
    (id) => CONTROLS_USUALLY_DOCUMENTED.includes(id) && !current.has(id),
  );
  c.check(req, lacking.length === 0, () => {
    const first = lacking[0];
    const doc = rows.find((r) => first !== undefined && r.fact.meta.controls.includes(first));
    return {
      rule: 'control.no-current-document',
      message: `${plural(lacking.length, 'applicable control')} without an approved, current document: ${a(lacking)}.`,
      action: doc
        ? 'Finish and approve the documents that cover them.'
        : 'Add the policies or procedures that cover them.',
      target: doc
        ? { kind: 'document', id: doc.fact.meta.id }
        : { kind: 'register', register: 'soa', entry: first ?? null },
    };
  });
  return rows.map((r) => ({
    label: r.fact.meta.title,
    templateId: r.fact.meta.templateId,
    documentId: r.fact.meta.id,
    state: r.state,
    detail: r.detail,
  }));
};
