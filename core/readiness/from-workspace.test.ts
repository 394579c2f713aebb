import { describe, expect, it } from 'vitest';
import { createDemoWorkspaceData } from '../demo/demo-workspace';
import { assessReadiness } from './assess';
import { controlMentions, documentReferences, factsFromWorkspace } from './from-workspace';

describe('readiness facts from the workspace model', () => {
  it('reads control ids and ranges out of free text', () => {
    expect(controlMentions('Controls 6.1-6.3 and A.8.8')).toEqual(['6.1', '6.2', '6.3', '8.8']);
    expect(controlMentions('version 1.0 of the policy')).toEqual([]);
  });

  it('lists the document IDs a body mentions, not its own', () => {
    const body = 'See BWA-POL-001 and BWA-PRO-003; this is BWA-REC-004.';
    expect(documentReferences(body, 'BWA-REC-004')).toEqual(['BWA-POL-001', 'BWA-PRO-003']);
  });

  it('gives the demo registers an honest verdict', () => {
    const workspace = createDemoWorkspaceData();
    const facts = factsFromWorkspace({ workspace, checks: [], today: '2026-11-28' });
    const findings = assessReadiness(facts).requirements.flatMap((r) => r.findings);
    const rules = findings.map((f) => f.rule);
    // Two of the demo's three audits are still planned, so the whole scope is not yet audited.
    expect(rules).toContain('audit.partial-scope');
    expect(findings.find((f) => f.rule === 'audit.partial-scope')?.message).toContain('A.6.1,');
    // Without documents, none of the mandatory documented information is there yet.
    expect(rules).toContain('document.missing');
    expect(rules).not.toContain('scope.no-statement');
  });
});
