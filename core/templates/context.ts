import { ANNEX_A_CONTROLS, ANNEX_A_THEME_TITLES } from '../frameworks/annex-a';
import { listUnconfirmedPolicyDecisions } from '../model/policy-decisions';
import { buildRegisterViews, soaDetails } from './register-views';
import { REVIEW_INPUTS, type Registers } from '../model/registers';
import type { DocumentMeta, Person, Workspace } from '../model/workspace';
import { RENDER_TIME } from './render-time';
import { buildRoleViews } from './role-views';
import { assetReportFigures, riskReportFigures } from './risk-report';
import { summariseRisks } from './risk-summary';

/**
 * The data a template sees. Blank strings and nulls are removed so that a template which prints
 * them reports an unfilled field instead of printing nothing. References to people are resolved
 * to `{ id, name, jobTitle, email }` objects; register rows gain computed fields (scores, labels).
 * The full list of names is documented in README.md, "Template fields".
 */
export type RenderContext = Readonly<Record<string, unknown>>;

export type ContextInput = {
  readonly workspace: Workspace;
  readonly document?: DocumentMeta | undefined;
  /** Today's date as YYYY-MM-DD, from the Clock port. */
  readonly today: string;
  /** The instant `'now' | date` prints (ISO); without it, the start of `today` (see render-time.ts). */
  readonly now?: string | undefined;
  /** The template library, so `refs['template-id']` can name a related document. */
  readonly templates?: readonly { readonly id: string; readonly title: string }[];
};

/**
 * What a template sees of each document in `documents` (its own document it sees whole, as
 * `document`). The documents list and `check` key their kept results on these fields only.
 */
export const listedDocument = (d: DocumentMeta) => ({
  id: d.id,
  title: d.title,
  kind: d.kind,
  status: d.status,
  version: d.version,
  clauses: d.clauses,
  controls: d.controls,
  templateId: d.templateId,
});

type PersonView = { id: string; name: string; jobTitle?: string; email?: string };

type SharedContext = {
  /** The context's keys in the order a template's data has always had them. */
  readonly order: readonly string[];
  /** Everything but `document`, already pruned. */
  readonly values: Readonly<Record<string, unknown>>;
  readonly person: (id: string | null | undefined) => PersonView | undefined;
};

const buildSharedContext = (
  workspace: Workspace,
  today: string,
  templates: readonly { readonly id: string; readonly title: string }[],
): SharedContext => {
  const people = new Map(workspace.people.map((p) => [p.id, toPersonView(p)]));
  const person = (id: string | null | undefined) => (id ? people.get(id) : undefined);
  const registers = registersView(workspace, person);
  const context = {
    today,
    organisation: buildOrganisation(workspace),
    people: [...people.values()],
    ...buildRoleViews(workspace, person),
    parameters: workspace.parameters,
    /** Keys of policy decisions still proposals; printed values carry "to be confirmed". */
    proposedDecisions: listUnconfirmedPolicyDecisions(workspace).map((d) => d.key),
    document: undefined,
    documents: workspace.documents.map(listedDocument),
    refs: buildReferences(workspace, templates),
  };
  // Registers come last, as they always have, and are pruned once per workspace value.
  const values = { ...(prune(context) as Record<string, unknown>), ...registers };
  return { order: [...Object.keys(context), ...Object.keys(registers)], values, person };
};

/**
 * The part of the context every document of one workspace revision shares, built once: a list
 * or an export of many documents builds the registers and references once, not per document.
 * Keyed by the workspace object (a new revision is a new object), the date and the titles.
 */
const sharedContexts = new WeakMap<Workspace, Map<string, SharedContext>>();

const sharedContextFor = (
  workspace: Workspace,
  today: string,
  templates: readonly { readonly id: string; readonly title: string }[],
): SharedContext => {
  let byKey = sharedContexts.get(workspace);
  if (!byKey) sharedContexts.set(workspace, (byKey = new Map<string, SharedContext>()));
  // Only ids and titles reach the context; callers often pass whole templates (with bodies),
  // whose JSON would cost far more than the lookup saves.
  const key = `${today}\u0000${templates.map((t) => `${t.id}\u0001${t.title}`).join('\u0000')}`;
  let shared = byKey.get(key);
  if (!shared) {
    if (byKey.size >= 8) byKey.clear();
    shared = buildSharedContext(workspace, today, templates);
    byKey.set(key, shared);
  }
  return shared;
};

export const buildRenderContext = ({
  workspace,
  document,
  today,
  now,
  templates = [],
}: ContextInput): RenderContext => {
  const shared = sharedContextFor(workspace, today, templates);
  const own = document ? prune(buildDocument(document, shared.person)) : undefined;
  const context: Record<string, unknown> = {};
  for (const key of shared.order) {
    const value = key === 'document' ? own : shared.values[key];
    if (value !== undefined) context[key] = value;
  }
  if (now !== undefined) (context as Record<PropertyKey, unknown>)[RENDER_TIME] = now;
  return context;
};

// The register part of the context, built and pruned once per workspace value: listing or
// exporting every document of a 10,000-risk workspace then builds it once, not once per document.
const registerViews = new WeakMap<Workspace, Record<string, unknown>>();

const registersView = (
  workspace: Workspace,
  person: (id: string | null) => PersonView | undefined,
): Record<string, unknown> => {
  let view = registerViews.get(workspace);
  if (!view) {
    view = prune(buildRegisters(workspace.registers, person)) as Record<string, unknown>;
    // From the pruned views, so its lists hold the very rows `risks` holds.
    const risks = view.risks as Parameters<typeof summariseRisks>[0];
    const threshold = workspace.registers.riskMethod.acceptanceThreshold;
    view.riskSummary = summariseRisks(risks, threshold);
    view.riskReport = riskReportFigures(risks, threshold);
    view.assetReport = assetReportFigures(view.assets as Parameters<typeof assetReportFigures>[0]);
    registerViews.set(workspace, view);
  }
  return view;
};

/** `refs['access-control-policy']` reads "BWA-POL-004 Access Control Policy" once the workspace
 * holds that document, and the template's title alone until then. */
const buildReferences = (
  workspace: Workspace,
  templates: readonly { readonly id: string; readonly title: string }[],
): Record<string, string> => {
  const refs: Record<string, string> = {};
  for (const t of templates) refs[t.id] = t.title;
  for (const d of workspace.documents) refs[d.templateId] = `${d.id} ${d.title}`;
  return refs;
};

const toPersonView = (p: Person): PersonView => ({
  id: p.id,
  name: p.name,
  jobTitle: p.jobTitle,
  email: p.email,
});

const buildOrganisation = (workspace: Workspace) => {
  const org = workspace.organisation;
  return {
    ...org,
    displayName: org.shortName || org.name,
    inScopeLocations: org.locations.filter((l) => l.inScope),
    classificationLevels: org.classification.levels,
    defaultClassification: org.classification.default,
  };
};

const buildDocument = (
  doc: DocumentMeta,
  person: (id: string | null) => PersonView | undefined,
) => ({
  ...doc,
  owner: person(doc.owner),
  approver: person(doc.approver),
});

const IMPLEMENTATION_LABELS: Readonly<Record<string, string>> = {
  implemented: 'Implemented',
  'partially-implemented': 'Partially implemented',
  planned: 'Planned',
  'not-implemented': 'Not implemented',
};

const TREATMENT_LABELS: Readonly<Record<string, string>> = {
  modify: 'Modify (apply controls)',
  retain: 'Retain (accept)',
  avoid: 'Avoid',
  share: 'Share (transfer)',
};

const buildRegisters = (
  registers: Registers,
  person: (id: string | null) => PersonView | undefined,
) => {
  const method = registers.riskMethod;
  const level = (score: number) =>
    score <= method.acceptanceThreshold ? 'Low' : score < method.highThreshold ? 'Medium' : 'High';
  const controlTitle = new Map(ANNEX_A_CONTROLS.map((c) => [c.id, c.title]));
  const soaByControl = new Map(registers.soa.map((e) => [e.control, e]));

  const risks = registers.risks.map((r) => {
    const score = r.likelihood * r.impact;
    const residualScore =
      r.residualLikelihood && r.residualImpact ? r.residualLikelihood * r.residualImpact : null;
    return {
      ...r,
      owner: person(r.owner),
      acceptedBy: person(r.acceptedBy),
      score,
      level: level(score),
      likelihoodLabel: method.likelihoodLabels[r.likelihood - 1],
      impactLabel: method.impactLabels[r.impact - 1],
      residualScore,
      residualLevel: residualScore === null ? null : level(residualScore),
      treatmentLabel: TREATMENT_LABELS[r.treatment],
      statusLabel: r.status.charAt(0).toUpperCase() + r.status.slice(1),
      controlList: r.controls.join(', '),
      withinAppetite: (residualScore ?? score) <= method.acceptanceThreshold,
    };
  });

  const risksByControl = new Map<string, string[]>();
  for (const r of risks) {
    for (const c of r.controls) {
      const ids = risksByControl.get(c);
      if (ids) ids.push(r.id);
      else risksByControl.set(c, [r.id]);
    }
  }
  const soa = ANNEX_A_CONTROLS.map((control) => {
    const entry = soaByControl.get(control.id);
    const decided = entry !== undefined && entry.applicable !== null;
    const riskIds = [...new Set(risksByControl.get(control.id) ?? [])];
    return {
      ...soaDetails(entry, riskIds, person),
      id: control.id,
      title: control.title,
      theme: control.theme,
      themeTitle: ANNEX_A_THEME_TITLES[control.theme],
      decided,
      applicable: entry?.applicable ?? undefined,
      applicability: !decided ? null : entry.applicable ? 'Applicable' : 'Excluded',
      justification: entry?.justification,
      implementation: entry?.implementation,
      implementationLabel: entry?.implementation
        ? IMPLEMENTATION_LABELS[entry.implementation]
        : null,
      evidence: entry?.evidence,
      risks: riskIds,
    };
  });

  const views = buildRegisterViews(registers, person);
  const riskTitles = new Map<string, string>();
  for (const r of risks) if (!riskTitles.has(r.id)) riskTitles.set(r.id, r.title);
  const audits = registers.audits.map((audit) => ({
    ...audit,
    findings: views.findings.filter((f) => f.audit === audit.id),
  }));
  const reviews = [...registers.managementReviews].sort((a, b) => a.date.localeCompare(b.date));
  const withPeople = <T extends { owner: string | null }>(rows: readonly T[]) =>
    rows.map((row) => ({ ...row, owner: person(row.owner) }));

  return {
    riskMethod: {
      ...method,
      approvedBy: person(method.approvedBy),
      mediumFrom: method.acceptanceThreshold + 1,
      mediumTo: method.highThreshold - 1,
      highFrom: method.highThreshold,
      likelihoodScale: method.likelihoodLabels.map((label, i) => ({ value: i + 1, label })),
      impactScale: method.impactLabels.map((label, i) => ({ value: i + 1, label })),
    },
    contextIssues: registers.contextIssues,
    internalIssues: registers.contextIssues.filter((i) => i.type === 'internal'),
    externalIssues: registers.contextIssues.filter((i) => i.type === 'external'),
    interestedParties: registers.interestedParties,
    assets: withPeople(registers.assets),
    risks,
    treatments: withPeople(registers.treatments).map((t) => ({
      ...t,
      controlList: t.controls.join(', '),
      riskTitle: riskTitles.get(t.risk),
    })),
    soa,
    soaSummary: {
      total: soa.length,
      applicable: soa.filter((c) => c.applicable === true).length,
      excluded: soa.filter((c) => c.applicable === false).length,
      undecided: soa.filter((c) => !c.decided).length,
      implemented: soa.filter((c) => c.implementation === 'implemented').length,
    },
    annexA: ANNEX_A_CONTROLS.map((c) => ({
      ...c,
      themeTitle: ANNEX_A_THEME_TITLES[c.theme],
      label: `${c.id} ${controlTitle.get(c.id) ?? ''}`,
    })),
    objectives: withPeople(registers.objectives),
    competence: registers.competence.map((c) => ({ ...c, person: person(c.person) })),
    audits,
    latestAudit: [...audits]
      .filter((a) => a.completedDate)
      .sort((a, b) => (a.completedDate ?? '').localeCompare(b.completedDate ?? ''))
      .at(-1),
    nonconformities: withPeople(registers.nonconformities).map((nc) => ({
      ...nc,
      verifiedBy: person(nc.verifiedBy),
    })),
    ...views,
    managementReviews: reviews.map((r) => buildReview(r, person)),
    managementReview: reviews.length ? buildReview(reviews.at(-1)!, person) : undefined,
  };
};

const buildReview = (
  review: Registers['managementReviews'][number],
  person: (id: string | null) => PersonView | undefined,
) => ({
  ...review,
  // Every input letter is present, so a template can test `figures.b.size` on any review.
  figures: Object.fromEntries(REVIEW_INPUTS.map((l) => [l, review.figures[l] ?? []])),
  chair: person(review.chair),
  attendees: review.attendees.map((id) => person(id) ?? { id, name: id }),
  actions: review.actions.map((a) => ({ ...a, owner: person(a.owner) })),
});

/** Drops blank strings, nulls and undefined so that printing them counts as an unfilled field. */
const prune = (value: unknown): unknown => {
  if (Array.isArray(value)) {
    // Lists of plain values (ids, labels) are kept as they are: nothing in them is dropped.
    return value.some((v) => v !== null && typeof v === 'object') ? value.map(prune) : value;
  }
  if (value !== null && typeof value === 'object') {
    const source = value as Record<string, unknown>;
    const out: Record<string, unknown> = {};
    for (const key in source) {
      if (!Object.hasOwn(source, key)) continue;
      const v = source[key];
      if (v === null || v === undefined || (typeof v === 'string' && v.trim() === '')) continue;
      out[key] = typeof v === 'object' ? prune(v) : v;
    }
    return out;
  }
  return value;
};
