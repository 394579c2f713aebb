import { beforeAll, describe, expect, it } from 'vitest';
import { loadTemplateLibrary, type TemplateLibrary } from '../../core/api/service/template-library';
import { renderDocument } from '../../core/api/service/render-document';
import { addDemoDocuments } from '../../core/demo/demo-documents';
import { createDemoWorkspaceData } from '../../core/demo/demo-workspace';
import { ANNEX_A_CONTROLS } from '../../core/frameworks/annex-a';
import { listUnconfirmedPolicyDecisions } from '../../core/model/policy-decisions';
import type { DocumentMeta, Workspace } from '../../core/model/workspace';
import { demoWorkspaceAsAt } from '../../core/demo/demo-as-at';
import { createTemplateSource } from '../../backend/templates/template-source';

// The contradictions between demo documents and records that a machine can see.

const TODAY = '2026-11-28';

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

/** Dates a text prints ("5 October 2026"), as YYYY-MM-DD. */
const printedDates = (text: string): string[] =>
  [...text.matchAll(new RegExp(`\\b(\\d{1,2}) (${MONTHS.join('|')}) (\\d{4})\\b`, 'g'))].map(
    ([, day = '', month = '', year = '']) =>
      `${year}-${String(MONTHS.indexOf(month) + 1).padStart(2, '0')}-${day.padStart(2, '0')}`,
  );

/** The dates on which something happened in the registers (not due dates), with what happened. */
const registerEventDates = (ws: Workspace): Map<string, string> => {
  const events = new Map<string, string>();
  const add = (what: string, date: string | null | undefined) => {
    if (date) events.set(date, [events.get(date), what].filter(Boolean).join(', '));
  };
  const r = ws.registers;
  r.treatments.forEach((t) => add(`${t.id} done`, t.completedOn));
  r.risks.forEach((risk) => add(`${risk.id} accepted`, risk.acceptedOn));
  r.measurements.forEach((m) => add(`${m.id} measured`, m.date));
  r.acknowledgements.forEach((a) => add(`${a.id} acknowledged`, a.acknowledgedOn));
  r.incidents.forEach((i) => add(`${i.id} reported`, i.reportedOn));
  r.nonconformities.forEach((nc) => add(`${nc.id} raised`, nc.raisedOn));
  r.improvements.forEach((i) => add(`${i.id} raised`, i.raisedOn));
  r.audits.forEach((a) => add(`${a.id} completed`, a.completedDate));
  r.suppliers.forEach((s) => add(`${s.id} reviewed`, s.lastReview));
  r.managementReviews.forEach((m) => add(`${m.id} held`, m.date));
  return events;
};

describe('the demo agrees with itself', () => {
  let library: TemplateLibrary;
  let demo: Workspace;
  let earlier: DocumentMeta[];
  let rendered: Map<string, string>;

  beforeAll(async () => {
    library = await loadTemplateLibrary(createTemplateSource(), null);
    ({ workspace: demo, earlier } = addDemoDocuments(createDemoWorkspaceData(), library.templates));
    rendered = new Map();
    for (const meta of demo.documents) {
      const result = await renderDocument({
        workspace: demo,
        meta,
        body: library.get(meta.templateId).body,
        templates: library.templates,
        today: TODAY,
        mode: 'export',
      });
      rendered.set(meta.id, result.markdown);
    }
  });

  it('never records an approver as the author of the version they approved', () => {
    const people = new Map(demo.people.map((p) => [p.id, p.name]));
    const selfApproved = demo.documents.filter((d) => {
      const approver = people.get(d.approver ?? '');
      const approval = d.revisions.find((r) => r.version === d.version);
      return d.status === 'approved' && approval?.author === approver;
    });
    expect(selfApproved.map((d) => d.id)).toEqual([]);
  });

  it('dates every revision on or after the previous one and approvals after the first draft', () => {
    for (const d of demo.documents) {
      const dates = d.revisions.map((r) => r.date);
      expect([...dates].sort(), d.id).toEqual(dates);
      if (d.approvedAt) expect(d.approvedAt >= d.createdAt, d.id).toBe(true);
    }
  });

  it('starts the minutes and the audit report only once the meeting and the audit took place', () => {
    const started = (templateId: string) =>
      demo.documents.find((d) => d.templateId === templateId)?.revisions[0]?.date ?? '';
    const review = demo.registers.managementReviews.map((m) => m.date).sort()[0]!;
    const audit = demo.registers.audits.flatMap((a) => a.completedDate ?? []).sort()[0]!;
    expect(started('management-review-minutes') >= review).toBe(true);
    expect(started('internal-audit-report') >= audit).toBe(true);
  });

  it('accepts a residual risk only after every action treating it is done', () => {
    const { risks, treatments } = demo.registers;
    const early = risks.flatMap((risk) => {
      if (!risk.acceptedOn) return [];
      return treatments
        .filter((t) => t.risk === risk.id && t.status !== 'cancelled')
        .filter((t) => t.status !== 'done' || !t.completedOn || t.completedOn > risk.acceptedOn!)
        .map((t) => `${risk.id} accepted ${risk.acceptedOn} before ${t.id} was done`);
    });
    expect(early).toEqual([]);
  });

  it('holds the audit and the review only on documents approved before them', () => {
    const needed = [
      'statement-of-applicability',
      'risk-treatment-plan',
      'internal-audit-procedure',
      'management-review-procedure',
      'risk-assessment-and-treatment-methodology',
    ];
    const firstEvent = [
      ...demo.registers.audits.flatMap((a) => (a.completedDate ? [a.completedDate] : [])),
      ...demo.registers.managementReviews.map((r) => r.date),
    ].sort()[0]!;
    const late = demo.documents
      .filter((d) => needed.includes(d.templateId))
      .filter((d) => d.status !== 'approved' || (d.approvals[0]?.date ?? '') > firstEvent)
      .map((d) => `${d.id} ${d.status} ${d.approvals[0]?.date ?? ''}`);
    expect(late).toEqual([]);
  });

  it('never quotes, in an approved text, an event recorded after that approval', () => {
    const events = registerEventDates(demo);
    const late = demo.documents
      .filter((d) => d.status === 'approved')
      .flatMap((d) =>
        printedDates(rendered.get(d.id) ?? '')
          .filter((date) => date > (d.approvedAt ?? '') && events.has(date))
          .map((date) => `${d.id} (approved ${d.approvedAt}) prints ${date}: ${events.get(date)}`),
      );
    expect(late).toEqual([]);
  });

  it("freezes each reissued document's 1.0 as it stood then: no event recorded after it", async () => {
    const events = registerEventDates(demo);
    expect(earlier.map((d) => d.version)).toEqual(earlier.map(() => '1.0'));
    expect(earlier.length).toBeGreaterThan(0);
    const late: string[] = [];
    for (const meta of earlier) {
      const then = demoWorkspaceAsAt(demo, meta.approvedAt!, earlier);
      const { markdown, unfilled } = await renderDocument({
        workspace: then,
        meta,
        body: library.get(meta.templateId).body,
        templates: library.templates,
        today: meta.approvedAt!,
        mode: 'export',
      });
      expect(unfilled, meta.id).toEqual([]);
      expect(markdown, meta.id).not.toBe(rendered.get(meta.id));
      // A date then still in the future (an audit planned for it) is not an event.
      const planned = new Set(
        [
          ...JSON.stringify(then.registers).matchAll(
            /"(?:plannedDate|dueDate|renewBy)":"([^"]+)"/g,
          ),
        ].map(([, date]) => date),
      );
      late.push(
        ...printedDates(markdown)
          .filter((date) => date > meta.approvedAt! && events.has(date) && !planned.has(date))
          .map((date) => `${meta.id} 1.0 prints ${date}: ${events.get(date)}`),
      );
    }
    expect(late).toEqual([]);
  });

  it('refers only to register entries and documents that exist', () => {
    const ids = new Set<string>(demo.documents.map((d) => d.id));
    for (const list of Object.values(demo.registers)) {
      if (!Array.isArray(list)) continue;
      for (const entry of list as { id?: string }[]) if (entry.id) ids.add(entry.id);
    }
    const missing = new Set<string>();
    const pattern =
      /\b(?:BWA-[A-Z]{3}-\d{3}|(?:R|T|A|S|L|O|M|MS|K|ACK|INC|IA|F|NC|IM|MR|C|P)-0\d\d)\b/g;
    for (const [id, markdown] of rendered) {
      // Code spans hold examples of the ID format, not references.
      const text = markdown.replace(/`[^`]*`/g, '');
      for (const ref of text.match(pattern) ?? [])
        if (!ids.has(ref)) missing.add(`${ref} in ${id}`);
    }
    const registerText = JSON.stringify(demo.registers);
    for (const ref of registerText.match(pattern) ?? []) if (!ids.has(ref)) missing.add(ref);
    expect([...missing]).toEqual([]);
  });

  it('gives every Annex A control its own reason, owner and, when applicable, evidence', () => {
    const soa = demo.registers.soa;
    expect(soa.map((e) => e.control).sort()).toEqual(ANNEX_A_CONTROLS.map((c) => c.id).sort());
    const reasons = soa.map((e) => e.justification);
    expect(new Set(reasons).size).toBe(reasons.length);
    const incomplete = soa.filter(
      (e) => !e.owner || !e.justification || (e.applicable && (!e.evidence || !e.howImplemented)),
    );
    expect(incomplete.map((e) => e.control)).toEqual([]);
  });

  it('holds the register volumes a Stage 1 auditor expects to sample', () => {
    const r = demo.registers;
    expect(r.assets.length).toBeGreaterThanOrEqual(25);
    expect(r.risks.length).toBeGreaterThanOrEqual(30);
    expect(
      r.risks
        .filter((risk) => risk.treatment === 'modify')
        .every((risk) => r.treatments.some((t) => t.risk === risk.id)),
    ).toBe(true);
    expect(r.objectives.length).toBeGreaterThanOrEqual(5);
    expect(r.nonconformities.length).toBeGreaterThanOrEqual(3);
    expect(r.audits.filter((a) => a.status === 'completed')).toHaveLength(1);
    expect(r.managementReviews.length).toBeGreaterThanOrEqual(1);
    expect(r.suppliers.length + r.legalRequirements.length + r.incidents.length).toBeGreaterThan(0);
  });

  it('sets objectives that say what will be done, none of them certification itself', () => {
    for (const objective of demo.registers.objectives) {
      expect(objective.plan, objective.id).not.toBe('');
      expect(objective.objective, objective.id).not.toMatch(/certif/i);
    }
  });

  it('pairs every management review decision with an action', () => {
    for (const review of demo.registers.managementReviews) {
      review.decisions.forEach((decision, i) => {
        const match = /\(action (\d+)\)/.exec(decision);
        expect(match, `${review.id} decision ${i + 1}`).not.toBeNull();
        expect(review.actions[Number(match![1]) - 1], decision).toBeDefined();
      });
    }
  });

  it('has confirmed every policy decision it prints, so no proposal marker appears', () => {
    expect(listUnconfirmedPolicyDecisions(demo)).toEqual([]);
    for (const [id, markdown] of rendered)
      expect(markdown, id).not.toContain('(proposed, to be confirmed)');
  });
});
