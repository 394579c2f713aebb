import { beforeAll, describe, expect, it } from 'vitest';
import { loadTemplateLibrary, type TemplateLibrary } from '../../core/api/service/template-library';
import { newDocumentMeta } from '../../core/api/service/new-document';
import { renderDocument } from '../../core/api/service/render-document';
import { createDemoWorkspaceData } from '../../core/demo/demo-workspace';
import type { Workspace } from '../../core/model/workspace';
import { createTemplateSource } from '../../backend/templates/template-source';

// The documents that print the registers, read as text: the complete demo, and a workspace whose
// registers are only partly filled in (a metric with no result, a nonconformity not yet verified).

const TODAY = '2026-11-28';

describe('documents that print the registers', () => {
  let library: TemplateLibrary;
  const render = async (workspace: Workspace, templateId: string) => {
    const meta = newDocumentMeta(workspace, library.get(templateId), TODAY);
    const result = await renderDocument({
      workspace: { ...workspace, documents: [...workspace.documents, meta] },
      meta,
      body: library.get(templateId).body,
      templates: library.templates,
      today: TODAY,
      mode: 'export',
    });
    return result.markdown.replace(/\\/g, '');
  };

  beforeAll(async () => {
    library = await loadTemplateLibrary(createTemplateSource(), null);
  });

  it('lists the demo metrics register, with method and owner, in the metrics procedure', async () => {
    const demo = createDemoWorkspaceData();
    const text = await render(demo, 'monitoring-measurement-and-metrics-procedure');
    expect(text).toContain('The metrics register holds 7 metrics.');
    for (const metric of demo.registers.metrics) expect(text).toContain(metric.method);
    expect(text).not.toContain('proposed as a starting point');
  });

  it('presents every dated result, incident and improvement in the management review input pack', async () => {
    const demo = createDemoWorkspaceData();
    const text = await render(demo, 'management-review-agenda-and-input-pack');
    expect(text).toContain(
      '| M-001 Phishing-resistant MFA coverage | 100% | 30 September 2026: 12%; 31 October 2026: 41% | No |',
    );
    for (const incident of demo.registers.incidents) expect(text).toContain(incident.title);
    for (const improvement of demo.registers.improvements)
      expect(text).toContain(improvement.description);
    expect(text).not.toMatch(/are attached/);
  });

  it('prints grade, verification of effectiveness and closure of each nonconformity', async () => {
    const text = await render(
      createDemoWorkspaceData(),
      'nonconformity-and-corrective-action-procedure',
    );
    expect(text).toMatch(/\| NC-001 \| 24 October 2026 \| .* \| Minor \| Sofia Marin \|/);
    expect(text).toContain(
      '- **Effectiveness:** Verified effective by Grace Lee on 20 November 2026: Checklists of the three joiners',
    );
    expect(text).toContain('- **Closed:** 20 November 2026');
    expect(text).toContain(
      '- **Effectiveness:** Not yet verified; the check follows completion of the corrective action.',
    );
  });

  it('keeps the improvement log with each outcome in the continual improvement procedure', async () => {
    const text = await render(createDemoWorkspaceData(), 'continual-improvement');
    expect(text).toContain(
      '| IM-002 | 24 October 2026 | Internal audit IA-001, finding F-004 | Record the evidence examined in each supplier review | Hannah Price | Implemented |',
    );
    expect(text).toContain('(completed 10 November 2026)');
  });

  it('says what is missing, entry by entry, when the registers are only partly filled in', async () => {
    const demo = createDemoWorkspaceData();
    const partial: Workspace = {
      ...demo,
      registers: {
        ...demo.registers,
        metrics: demo.registers.metrics.slice(0, 1).map((m) => ({ ...m, target: '' })),
        measurements: [],
        incidents: demo.registers.incidents.slice(0, 1).map((i) => ({ ...i, lessonsLearned: '' })),
        improvements: demo.registers.improvements
          .slice(0, 1)
          .map((i) => ({ ...i, outcome: '', source: '' })),
        nonconformities: demo.registers.nonconformities
          .slice(0, 1)
          .map((nc) => ({ ...nc, grade: null, owner: null, verifiedOn: null, closedOn: null })),
      },
    };
    const pack = await render(partial, 'management-review-agenda-and-input-pack');
    expect(pack).toContain(
      '| M-001 Phishing-resistant MFA coverage | Not set | No result recorded yet | - |',
    );
    expect(pack).toMatch(/\| INC-001 \| .* \| Not yet recorded \|/);
    expect(pack).toMatch(/\| IM-001 \| .* \| Not recorded \| Accepted \| Not yet decided \|/);
    const nc = await render(partial, 'nonconformity-and-corrective-action-procedure');
    expect(nc).toMatch(/\| NC-001 \| .* \| Not graded \| Not assigned \|/);
    expect(nc).toContain('- **Effectiveness:** Not yet verified');
    expect(nc).toContain('- **Closed:** Not yet closed.');
    const metrics = await render(partial, 'monitoring-measurement-and-metrics-procedure');
    expect(metrics).toContain('The metrics register holds 1 metric.');
    expect(metrics).toMatch(/\| M-001 \| .* \| Not yet set \|/);
  });
});
