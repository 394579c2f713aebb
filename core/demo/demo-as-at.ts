import type { DocumentMeta, Workspace } from '../model/workspace';
import type { Registers } from '../model/registers';

/**
 * The demo workspace as it stood on an earlier day, for the frozen copy of a version approved
 * that day (a 1.0 later reissued as 1.1). An approval freezes the data as it then was, so the
 * copy must not print anything that happened afterwards: entries made later are left out, and
 * what was done later (a completed action, an acceptance, a closure, a verification, a
 * completed audit) is shown as still to be done.
 */

const after = (date: string | null | undefined, day: string): boolean => date != null && date > day;

const risksAsAt = (r: Registers, day: string): Pick<Registers, 'risks' | 'treatments'> => {
  const risks = r.risks
    .filter((risk) => !after(risk.assessedOn, day))
    .map((risk) =>
      after(risk.acceptedOn, day)
        ? {
            ...risk,
            acceptedBy: null,
            acceptedOn: null,
            status:
              risk.status === 'treated' || risk.status === 'closed' ? 'treating' : risk.status,
          }
        : risk,
    );
  const known = new Set(risks.map((risk) => risk.id));
  return {
    risks,
    treatments: r.treatments
      .filter((t) => known.has(t.risk))
      .map((t) =>
        after(t.completedOn, day) ? { ...t, status: 'in-progress', completedOn: null } : t,
      ),
  };
};

const eventsAsAt = (r: Registers, day: string) => ({
  measurements: r.measurements.filter((m) => !after(m.date, day)),
  acknowledgements: r.acknowledgements.filter((a) => !after(a.acknowledgedOn, day)),
  competence: r.competence.filter((c) => !after(c.date, day)),
  managementReviews: r.managementReviews.filter((m) => !after(m.date, day)),
  incidents: r.incidents
    .filter((i) => !after(i.reportedOn, day))
    .map((i) =>
      after(i.closedOn, day) ? { ...i, status: 'contained' as const, closedOn: null } : i,
    ),
  improvements: r.improvements
    .filter((i) => !after(i.raisedOn, day))
    .map((i) =>
      after(i.completedOn, day)
        ? { ...i, status: 'in-progress' as const, outcome: '', completedOn: null }
        : i,
    ),
});

const nonconformitiesAsAt = (r: Registers, day: string): Registers['nonconformities'] =>
  r.nonconformities
    .filter((nc) => !after(nc.raisedOn, day))
    .map((nc) => {
      const verified = after(nc.verifiedOn, day)
        ? { verifiedBy: null, verifiedOn: null, effective: null, verificationNote: '' }
        : {};
      const closed = after(nc.closedOn, day)
        ? { status: 'in-progress' as const, closedOn: null }
        : {};
      return { ...nc, ...verified, ...closed };
    });

const auditsAsAt = (r: Registers, day: string): Pick<Registers, 'audits' | 'findings'> => {
  const later = new Set(r.audits.filter((a) => after(a.completedDate, day)).map((a) => a.id));
  return {
    audits: r.audits.map((a) =>
      later.has(a.id)
        ? {
            ...a,
            status: after(a.plannedDate, day) ? ('planned' as const) : ('in-progress' as const),
            completedDate: null,
            summary: '',
          }
        : a,
    ),
    findings: r.findings.filter((f) => !later.has(f.audit)),
  };
};

const reviewsAsAt = (r: Registers, day: string) => ({
  suppliers: r.suppliers.map((s) => (after(s.lastReview, day) ? { ...s, lastReview: null } : s)),
  legalRequirements: r.legalRequirements.map((l) =>
    after(l.lastReviewed, day) ? { ...l, lastReviewed: null } : l,
  ),
});

/** The registers as they stood at the end of `day` (YYYY-MM-DD). */
export const registersAsAt = (registers: Registers, day: string): Registers => ({
  ...registers,
  ...risksAsAt(registers, day),
  ...eventsAsAt(registers, day),
  nonconformities: nonconformitiesAsAt(registers, day),
  ...auditsAsAt(registers, day),
  ...reviewsAsAt(registers, day),
});

/**
 * The workspace as it stood at the end of `day`: the registers then, the documents that existed
 * then, each with the version it had then (from `earlier`, the metadata of versions since
 * superseded).
 */
export const demoWorkspaceAsAt = (
  workspace: Workspace,
  day: string,
  earlier: readonly DocumentMeta[],
): Workspace => {
  const versionThen = (meta: DocumentMeta): DocumentMeta =>
    earlier
      .filter((e) => e.id === meta.id && !after(e.updatedAt, day))
      .sort((a, b) => (a.updatedAt < b.updatedAt ? 1 : -1))[0] ?? meta;
  return {
    ...workspace,
    registers: registersAsAt(workspace.registers, day),
    documents: workspace.documents.filter((d) => !after(d.createdAt, day)).map(versionThen),
  };
};
