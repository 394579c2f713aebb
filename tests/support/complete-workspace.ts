import { confirmPolicyDecisions, POLICY_DECISION_KEYS } from '../../core/model/policy-decisions';
import type { Workspace } from '../../core/model/workspace';
import { createBackend } from '../../backend/compose';
import { createFileWorkspaceStore } from '../../backend/store/file-workspace-store';
import { fixedClock } from './fixed-clock';

/**
 * Turns a demo workspace on disk into one in which nothing blocks Stage 1: every document
 * approved by someone other than its owner (the methodology by top management), every risk
 * treated, every audit completed, every nonconformity closed with its action, every review
 * input discussed.
 */
export const completeDemoWorkspace = async (dir: string): Promise<void> => {
  const files = await createFileWorkspaceStore().open(dir);
  // Through the store, since registers live in their own files; a copy, as read values are shared.
  const ws = await files.update((read) => complete(structuredClone(read)));
  await approveEveryDocument(dir, ws);
};

const complete = (read: Workspace): Workspace => {
  const ws = confirmPolicyDecisions(
    read,
    POLICY_DECISION_KEYS,
    read.roles.topManagement ?? null,
    '2026-11-01',
  );
  const top = ws.roles.topManagement ?? null;
  const other = ws.roles.ismsManager ?? null;
  const r = ws.registers;
  r.riskMethod = { ...r.riskMethod, status: 'approved', approvedBy: top, approvedOn: '2026-11-01' };
  r.soa = r.soa.map((e) =>
    e.applicable ? { ...e, implementation: 'implemented', owner: e.owner ?? other } : e,
  );
  const actioned = new Set(r.treatments.map((t) => t.risk));
  r.risks.forEach((risk, i) => {
    if (risk.treatment === 'retain') {
      risk.acceptedBy = risk.owner;
      risk.acceptedOn = '2026-11-01';
    }
    if (risk.treatment === 'modify' && !actioned.has(risk.id)) {
      r.treatments.push({
        id: `T-${String(900 + i)}`,
        risk: risk.id,
        action: 'Apply the selected controls',
        controls: risk.controls,
        owner: risk.owner,
        resources: '',
        dueDate: '2027-01-31',
        status: 'planned',
        completedOn: null,
      });
    }
  });
  r.treatments = r.treatments.map((t) => ({
    ...t,
    owner: r.risks.find((risk) => risk.id === t.risk)?.owner ?? t.owner,
  }));
  r.audits = r.audits.map((a) => ({
    ...a,
    status: 'completed',
    completedDate: a.completedDate ?? '2026-11-20',
  }));
  r.nonconformities = r.nonconformities.map((nc) => ({
    ...nc,
    status: 'closed',
    correctiveAction: nc.correctiveAction || 'Corrected and verified',
    verifiedBy: nc.verifiedBy ?? other,
    verifiedOn: nc.verifiedOn ?? '2026-11-25',
    effective: true,
    closedOn: nc.closedOn ?? '2026-11-25',
  }));
  r.managementReviews = r.managementReviews.map((m) => ({
    ...m,
    inputs: Object.fromEntries(
      ['a', 'b', 'c', 'd', 'e', 'f', 'g'].map((k) => [k, m.inputs[k as 'a'] || 'Discussed']),
    ),
  }));
  return ws;
};

const approveEveryDocument = async (dir: string, ws: Workspace): Promise<void> => {
  const top = ws.roles.topManagement ?? null;
  const other = ws.roles.ismsManager ?? null;
  // Approve every document through document control, after the data changes, so the frozen
  // approved versions match the workspace.
  const { dispatch } = createBackend({ clock: fixedClock });
  // Two passes: a document that lists the others (document control) changes as they are approved.
  for (const d of [...ws.documents, ...ws.documents]) {
    const approver = (d.owner === top ? other : top) ?? '';
    // An approved document whose text and data did not change stays as it is.
    const submitted = await dispatch('documents.submitForReview', { dir, id: d.id });
    if (!submitted.ok) continue;
    const result = await dispatch('documents.approve', {
      dir,
      id: d.id,
      approver,
      reason: 'Stage 1 baseline',
    });
    if (!result.ok) throw new Error(`${d.id}: ${result.error.message}`);
  }
};
