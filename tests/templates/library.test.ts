import { beforeAll, describe, expect, it } from 'vitest';
import { loadTemplateLibrary, type TemplateLibrary } from '../../core/api/service/template-library';
import { renderDocument } from '../../core/api/service/render-document';
import { addDemoDocuments } from '../../core/demo/demo-documents';
import { createDemoWorkspaceData } from '../../core/demo/demo-workspace';
import { buildDocx } from '../../core/docx/build-docx';
import { ANNEX_A_CONTROLS } from '../../core/frameworks/annex-a';
import { MANDATORY_CLAUSES } from '../../core/frameworks/clauses';
import type { Workspace } from '../../core/model/workspace';
import { createTemplateSource } from '../../backend/templates/template-source';
import { paragraphsWithStyles, readDocxParts } from '../support/docx-parts';
import { FIXED_NOW } from '../support/fixed-clock';

const TODAY = '2026-11-28';

describe('built-in template library', () => {
  let library: TemplateLibrary;
  let demo: Workspace;

  beforeAll(async () => {
    library = await loadTemplateLibrary(createTemplateSource(), null);
    demo = addDemoDocuments(createDemoWorkspaceData(), library.templates).workspace;
  });

  const renderForDemo = (templateId: string) => {
    const template = library.get(templateId);
    const meta = demo.documents.find((d) => d.templateId === templateId)!;
    return renderDocument({
      workspace: demo,
      meta,
      body: template.body,
      templates: library.templates,
      today: TODAY,
      mode: 'export',
    });
  };

  it('parses every template file without problems', () => {
    expect(library.problems).toEqual([]);
    expect(library.templates.length).toBeGreaterThanOrEqual(58);
  });

  it('gives every template a unique id', async () => {
    const files = await createTemplateSource().list(null);
    const ids = files.map((f) => /^id:\s*(\S+)/m.exec(f.source)?.[1]);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('renders every template for the demo with no unfilled field', async () => {
    for (const template of library.templates) {
      const result = await renderForDemo(template.id);
      expect(result.unfilled, template.id).toEqual([]);
      expect(result.markdown, template.id).not.toMatch(/\{\{|\{%|\[insert|lorem ipsum/i);
    }
  });

  it('ends every table before the text that follows it', async () => {
    const merged: string[] = [];
    for (const template of library.templates) {
      const lines = (await renderForDemo(template.id)).markdown.split('\n');
      lines.forEach((line, i) => {
        const next = lines[i + 1] ?? '';
        if (line.startsWith('|') && next.trim() !== '' && !next.startsWith('|')) {
          merged.push(`${template.id}: "${next.slice(0, 60)}" runs into a table`);
        }
      });
    }
    expect(merged).toEqual([]);
  });

  it('names the role that owns each document, and the demo assigns its holder', () => {
    const unowned = library.templates.filter((t) => !t.owner).map((t) => t.id);
    expect(unowned).toEqual([]);
    const backup = demo.documents.find((d) => d.templateId === 'backup-policy');
    expect(backup?.owner).toBe(demo.roles.itManager);
  });

  it('exports every template to Word with Heading styles', async () => {
    for (const template of library.templates) {
      const { markdown } = await renderForDemo(template.id);
      const bytes = await buildDocx({
        markdown,
        documentId: 'BWA-TST-001',
        title: template.title,
        version: '1.0',
        status: 'approved',
        classification: 'Internal',
        organisationName: 'Brightwater Analytics',
        ownerName: 'Priya Shah',
        approverName: 'Maria Okafor',
        approvedAt: TODAY,
        nextReviewDate: null,
        revisions: [],
        subject: template.summary,
        keywords: [...template.clauses, ...template.controls],
        logo: null,
        incomplete: false,
        timestamp: FIXED_NOW,
      });
      const xml = readDocxParts(bytes)['word/document.xml'] ?? '';
      const styles = new Set(paragraphsWithStyles(xml).map((p) => p.style));
      expect(styles.has('Heading1'), template.id).toBe(true);
    }
  });

  it('answers every mandatory clause of ISO/IEC 27001:2022 with at least one template', () => {
    const answered = new Set(library.templates.flatMap((t) => t.clauses));
    const missing = MANDATORY_CLAUSES.filter((c) => !answered.has(c.id)).map((c) => c.id);
    expect(missing).toEqual([]);
  });

  it('covers all 93 Annex A controls through a topic template or the Statement of Applicability', async () => {
    const inTemplates = new Set(library.templates.flatMap((t) => t.controls));
    const soa = await renderForDemo('statement-of-applicability');
    const uncovered = ANNEX_A_CONTROLS.filter(
      (c) => !inTemplates.has(c.id) && !soa.markdown.includes(c.title),
    );
    expect(uncovered).toEqual([]);
    for (const control of ANNEX_A_CONTROLS) {
      expect(soa.markdown, control.id).toContain(control.id);
    }
  });

  it('names only real Annex A controls in front matter', () => {
    const known = new Set(ANNEX_A_CONTROLS.map((c) => c.id));
    const unknown = library.templates.flatMap((t) =>
      t.controls.filter((c) => !known.has(c)).map((c) => `${t.id}: ${c}`),
    );
    expect(unknown).toEqual([]);
  });

  it('is written in its own voice, not in the wording of the standards', () => {
    // Hallmarks of normative text: requirement sentences in the standards' own voice.
    const normative =
      /\bthe organization shall\b|\bshall be determined\b|\bthe entity (?:obtains|implements|selects)\b/i;
    const offenders = library.templates.filter((t) => normative.test(t.body)).map((t) => t.id);
    expect(offenders).toEqual([]);
  });
});
