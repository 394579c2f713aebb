import { ANNEX_A_CONTROLS } from '../frameworks/annex-a';
import { listUnconfirmedPolicyDecisions } from '../model/policy-decisions';
import type { Workspace } from '../model/workspace';
import type { AuditFact, DocumentFact, ReadinessFacts } from './facts';

export type DocumentCheck = {
  readonly id: string;
  readonly unfilled: number;
  readonly problems: readonly string[];
  readonly body: string | null;
  /** From document control when it can tell; false otherwise. */
  readonly changedSinceApproval?: boolean;
};

/** Builds the readiness facts from today's workspace model and the per-document check results. */
export const factsFromWorkspace = (args: {
  workspace: Workspace;
  checks: readonly DocumentCheck[];
  today: string;
}): ReadinessFacts => {
  const { workspace, today } = args;
  const r = workspace.registers;
  const byId = new Map(args.checks.map((c) => [c.id, c]));
  const riskControls = new Map(r.risks.map((risk) => [risk.id, risk.controls]));
  const documents: DocumentFact[] = workspace.documents.map((meta) => {
    const check = byId.get(meta.id);
    return {
      meta,
      unfilled: check?.unfilled ?? 0,
      problems: check?.problems ?? [],
      changedSinceApproval: check?.changedSinceApproval ?? false,
      author: meta.owner,
      references: check?.body ? documentReferences(check.body, meta.id) : [],
    };
  });
  return {
    today,
    organisationName: workspace.organisation.name,
    scopeStatement: workspace.organisation.scope.statement,
    roles: workspace.roles,
    documents,
    riskCriteriaApprovedBy: r.riskMethod.status === 'approved' ? r.riskMethod.approvedBy : null,
    riskAcceptanceThreshold: r.riskMethod.acceptanceThreshold,
    contextIssues: r.contextIssues.length,
    interestedParties: r.interestedParties.length,
    risks: r.risks.map((risk) => ({
      id: risk.id,
      owner: risk.owner,
      treatment: risk.treatment,
      residualScore:
        (risk.residualLikelihood ?? risk.likelihood) * (risk.residualImpact ?? risk.impact),
      acceptedBy: risk.acceptedBy,
      controls: risk.controls,
    })),
    treatments: r.treatments.map((t) => ({
      id: t.id,
      risk: t.risk,
      owner: t.owner,
      status: t.status,
      controls: [...new Set([...t.controls, ...(riskControls.get(t.risk) ?? [])])],
    })),
    soa: r.soa.map((entry) => ({
      control: entry.control,
      applicable: entry.applicable,
      justification: entry.justification,
      implementation: entry.implementation,
      owner: entry.owner,
    })),
    objectives: r.objectives.map((o) => ({ id: o.id, measure: o.measure })),
    competenceRecords: r.competence.length,
    audits: r.audits.map(auditFact),
    nonconformities: r.nonconformities.map((nc) => ({
      id: nc.id,
      open: nc.status !== 'closed',
      correctiveAction: nc.correctiveAction,
      owner: nc.owner,
      effectivenessChecked: nc.verifiedOn !== null && nc.effective === true,
      controls: controlMentions(`${nc.source} ${nc.description}`),
    })),
    managementReviews: r.managementReviews.map((m) => ({
      id: m.id,
      date: m.date,
      inputs: Object.entries(m.inputs)
        .filter(([, notes]) => notes.trim() !== '')
        .map(([letter]) => letter),
    })),
    toBeConfirmed: listUnconfirmedPolicyDecisions(workspace).map((d) => ({
      field: d.key,
      label: `${d.label} (${d.value})`,
      reason: d.reason,
    })),
    danglingReferences: danglingReferences(workspace),
  };
};

const DOCUMENT_ID = /\b[A-Z][A-Z0-9]{1,11}-[A-Z]{3}-\d{3}\b/g;

/** Document IDs a body mentions, other than its own. */
export const documentReferences = (body: string, ownId: string): string[] =>
  [...new Set(body.match(DOCUMENT_ID) ?? [])].filter((id) => id !== ownId).sort();

const CONTROL_IDS = ANNEX_A_CONTROLS.map((c) => c.id);
const controlKey = (id: string) => id.split('.').map(Number) as [number, number];

/** Annex A controls named in free text: single ids (A.5.15, 8.8) and ranges (8.1-8.34). */
export const controlMentions = (text: string): string[] => {
  const found = new Set<string>();
  for (const [, from = '', to] of text.matchAll(
    /\b(?:A\.)?([5-8]\.\d{1,2})(?:\s*[-–]\s*(?:A\.)?([5-8]\.\d{1,2}))?\b/g,
  )) {
    if (!to) {
      if (CONTROL_IDS.includes(from)) found.add(from);
      continue;
    }
    const [a1, a2] = controlKey(from);
    const [b1, b2] = controlKey(to);
    for (const id of CONTROL_IDS) {
      const [c1, c2] = controlKey(id);
      const afterStart = c1 > a1 || (c1 === a1 && c2 >= a2);
      const beforeEnd = c1 < b1 || (c1 === b1 && c2 <= b2);
      if (afterStart && beforeEnd) found.add(id);
    }
  }
  return [...found];
};

/** Links between records that point to nothing: an action for a deleted risk, say. */
const danglingReferences = (workspace: Workspace): ReadinessFacts['danglingReferences'] => {
  const r = workspace.registers;
  const ids = (list: readonly { id: string }[]) => new Set(list.map((x) => x.id));
  const risks = ids(r.risks);
  const assets = ids(r.assets);
  const audits = ids(r.audits);
  const ncs = ids(r.nonconformities);
  return [
    ...r.treatments
      .filter((t) => !risks.has(t.risk))
      .map((t) => ({
        register: 'treatments',
        from: t.id,
        message: `${t.id} names risk ${t.risk}`,
      })),
    ...r.risks.flatMap((risk) =>
      risk.assets
        .filter((a) => !assets.has(a))
        .map((a) => ({ register: 'risks', from: risk.id, message: `${risk.id} names asset ${a}` })),
    ),
    ...r.findings.flatMap((f) => [
      ...(audits.has(f.audit)
        ? []
        : [{ register: 'findings', from: f.id, message: `${f.id} names audit ${f.audit}` }]),
      ...(f.nonconformity === null || ncs.has(f.nonconformity)
        ? []
        : [
            {
              register: 'findings',
              from: f.id,
              message: `${f.id} names nonconformity ${f.nonconformity}`,
            },
          ]),
    ]),
  ];
};

const auditFact = (audit: Workspace['registers']['audits'][number]): AuditFact => ({
  id: audit.id,
  completed: audit.status === 'completed' || audit.completedDate !== null,
  coversClauses: /\bclauses?\b|\bwhole\b|\bentire\b/i.test(audit.scope),
  controls: /\b(all|every) (annex a )?controls\b|\bwhole\b|\bentire\b/i.test(audit.scope)
    ? CONTROL_IDS
    : controlMentions(audit.scope),
});
