import type { Workspace } from '../../core/model/workspace';
import { createFileWorkspaceStore } from '../../backend/store/file-workspace-store';

/**
 * Turns a demo workspace on disk into one in which nothing blocks Stage 1: every document
 * approved by someone other than its owner (the methodology by top management), every risk
 * treated, every audit completed, every nonconformity closed with its action, every review
 * input discussed.
 */
export const completeDemoWorkspace = async (dir: string): Promise<void> => {
  const files = await createFileWorkspaceStore().open(dir);
  // Through the store, since registers live in their own files; a copy, as read values are shared.
  await files.update((read) => complete(structuredClone(read)));
};

const complete = (ws: Workspace): Workspace => {
  const top = ws.roles.topManagement ?? null;
  const other = ws.roles.ismsManager ?? null;
  ws.documents = ws.documents.map((d) => ({
    ...d,
    status: 'approved',
    version: d.status === 'approved' ? d.version : '1.0',
    approver: d.owner === top ? other : top,
    approvedAt: d.approvedAt ?? '2026-11-01',
    nextReviewDate: '2027-11-01',
  }));
  const r = ws.registers;
  r.soa = r.soa.map((e) => (e.applicable ? { ...e, implementation: 'implemented' } : e));
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
  r.audits = r.audits.map((a) => ({ ...a, completedDate: a.completedDate ?? '2026-11-20' }));
  r.nonconformities = r.nonconformities.map((nc) => ({
    ...nc,
    status: 'closed',
    correctiveAction: nc.correctiveAction || 'Corrected and verified',
  }));
  r.managementReviews = r.managementReviews.map((m) => ({
    ...m,
    inputs: Object.fromEntries(
      ['a', 'b', 'c', 'd', 'e', 'f', 'g'].map((k) => [k, m.inputs[k as 'a'] || 'Discussed']),
    ),
  }));
  return ws;
};
