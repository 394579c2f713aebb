import { describe, expect, it } from 'vitest';
import { createDemoWorkspaceData } from '../demo/demo-workspace';
import { EVERY_REGISTER } from '../registers/registry';
import { registerWorkbooks } from './sheets';

describe('the registers in the Stage 1 pack', () => {
  const workbooks = registerWorkbooks(createDemoWorkspaceData());

  it('carries every register under its own title, with a sheet name Excel accepts', () => {
    expect(workbooks.map((w) => w.title)).toEqual(EVERY_REGISTER.map((d) => d.title));
    const names = workbooks.map((w) => w.sheets[0]!.name);
    expect(names.every((n) => n.length > 0 && n.length <= 31)).toBe(true);
    expect(names).toContain('Nonconformities and corrective');
    expect(names.some((n) => /\b(and|of)$/.test(n))).toBe(false);
  });

  it('labels columns as the app does and includes the computed scores', () => {
    const risks = workbooks.find((w) => w.name === 'risks')!.sheets[0]!;
    expect(risks.columns).toContain('Likelihood');
    expect(risks.columns).not.toContain('likelihood');
    const score = risks.columns.findIndex((c) => /inherent score/i.test(c));
    expect(score).toBeGreaterThan(-1);
    const first = risks.rows[0]!;
    const likelihood = Number(first[risks.columns.indexOf('Likelihood')]);
    const impact = Number(first[risks.columns.indexOf('Impact')]);
    expect(Number(first[score])).toBe(likelihood * impact);
    expect(risks.rows).toHaveLength(30);
  });
});
