import { beforeAll, describe, expect, it } from 'vitest';
import { loadTemplateLibrary, type TemplateLibrary } from '../../core/api/service/template-library';
import { newDocumentMeta } from '../../core/api/service/new-document';
import { renderDocument } from '../../core/api/service/render-document';
import {
  CURRENT_SCHEMA_VERSION,
  workspaceSchema,
  type Workspace,
} from '../../core/model/workspace';
import { byReadingOrder } from '../../core/templates/reading-order';
import { createTemplateSource } from '../../backend/templates/template-source';

// A blank workspace must tell the truth: prompts a reader understands where facts are missing,
// proposals marked as proposals, and no sentence saying something happened when nothing has.

const TODAY = '2026-11-28';

// Sentences that only make sense once the registers hold something.
const PAST_CLAIMS = [
  /\bhas reviewed the treatment\b/i,
  /\bowners of the actions above\b/i,
  /\bthe residual risk of every risk\b/i,
  /\bwas approved by\b/i,
  /\bwere approved by\b/i,
  /\bthe review was run\b/i,
  /\bthe audit followed the plan\b/i,
  /\bconclusion recorded on\b/i,
  /\bresults for each metric .* are attached\b/i,
  /\bverified effective by\b/i,
];

describe('a blank workspace', () => {
  let library: TemplateLibrary;
  let blank: Workspace;
  const rendered = new Map<string, { markdown: string; unfilled: number }>();

  beforeAll(async () => {
    library = await loadTemplateLibrary(createTemplateSource(), null);
    blank = workspaceSchema.parse({ schemaVersion: CURRENT_SCHEMA_VERSION });
    for (const template of [...library.templates].sort(byReadingOrder)) {
      const meta = newDocumentMeta(blank, template, TODAY);
      blank = { ...blank, documents: [...blank.documents, meta] };
    }
    for (const meta of blank.documents) {
      const result = await renderDocument({
        workspace: blank,
        meta,
        body: library.get(meta.templateId).body,
        templates: library.templates,
        today: TODAY,
        mode: 'export',
      });
      rendered.set(meta.templateId, {
        markdown: result.markdown,
        unfilled: result.unfilled.length,
      });
    }
  });

  it('prints readable prompts, never field paths, for what is missing', () => {
    const policy = rendered.get('information-security-policy')!;
    expect(policy.unfilled).toBeGreaterThan(0);
    expect(policy.markdown).toContain('\\[Name of the Top Management Representative\\]');
    for (const [id, { markdown }] of rendered) {
      expect(markdown, id).not.toMatch(
        /\\\[(roles|organisation|parameters|document)\.[a-zA-Z.]+\\\]/,
      );
    }
  });

  it('marks policy values that are decisions as proposals to be confirmed', () => {
    const policy = rendered.get('information-security-policy')!.markdown;
    expect(policy).toMatch(/24 \(proposed, to be confirmed\)<\/mark> hours/);
    expect(policy).toContain('These levels are a proposal');
    const access = rendered.get('access-control-policy')!.markdown;
    expect(access).toContain('(proposed, to be confirmed)');
  });

  it('claims nothing happened that the registers do not record', () => {
    const claims: string[] = [];
    for (const [id, { markdown }] of rendered) {
      for (const pattern of PAST_CLAIMS)
        if (pattern.test(markdown)) claims.push(`${id}: ${pattern}`);
    }
    expect(claims).toEqual([]);
  });

  it('says plainly when a register is empty', () => {
    expect(rendered.get('risk-treatment-plan')!.markdown).toContain(
      'nothing for risk owners to approve or accept',
    );
    expect(rendered.get('context-of-the-organisation')!.markdown).toContain(
      'No conclusion on climate change has been recorded yet',
    );
    const pack = rendered.get('management-review-agenda-and-input-pack')!.markdown;
    expect(pack).toContain('This is the first management review');
    expect(pack).toContain('No metrics have been defined yet, so there are no results to present.');
    expect(pack).toContain('No incidents have been recorded in the incident log.');
    expect(pack).toContain('The improvement log kept under');
    expect(pack).toContain('holds no entries yet');
    expect(rendered.get('monitoring-measurement-and-metrics-procedure')!.markdown).toContain(
      'No metrics have been defined in the metrics register yet.',
    );
    expect(rendered.get('continual-improvement')!.markdown).toContain(
      'No improvement opportunities have been logged yet.',
    );
  });
});
