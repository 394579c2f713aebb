import { describe, expect, it } from 'vitest';
import { riskMethodSchema } from '../../../../core/model/registers';
import { draftOf, methodErrors, methodStateText, methodUpdate } from './risk-method-draft';

const proposed = riskMethodSchema.parse({});
const approved = riskMethodSchema.parse({
  status: 'approved',
  approvedBy: 'maria-okafor',
  approvedOn: '2026-09-08',
});

describe('the risk method form', () => {
  it('names the field in each message and refuses a High band at or below acceptance', () => {
    const draft = { ...draftOf(proposed), acceptanceThreshold: '8', highThreshold: '8' };
    expect(methodErrors(draft)).toEqual({
      highThreshold: 'High from: must be above the acceptance threshold (8).',
    });
    const blank = {
      ...draftOf(proposed),
      acceptanceThreshold: 'six',
      impactLabels: ['', 'Minor', 'Moderate', 'Major', 'Severe'],
    };
    expect(methodErrors(blank).acceptanceThreshold).toMatch(/^Acceptance threshold:/);
    expect(methodErrors(blank).impactLabels).toMatch(/impact levels a name/);
    expect(methodErrors(draftOf(proposed))).toEqual({});
  });

  it('makes a changed approved method a proposal again, and keeps an unchanged approval', () => {
    const changed = methodUpdate(approved, { ...draftOf(approved), acceptanceThreshold: '8' });
    expect(changed).toMatchObject({
      acceptanceThreshold: 8,
      status: 'proposed',
      approvedBy: null,
      approvedOn: null,
    });
    expect(methodUpdate(approved, draftOf(approved))).not.toHaveProperty('status');
    expect(
      methodUpdate(proposed, { ...draftOf(proposed), highThreshold: '16' }),
    ).not.toHaveProperty('status');
  });

  it('says who approved the method and when, or that it is only proposed', () => {
    const names = (id: string) => (id === 'maria-okafor' ? 'Maria Okafor' : id);
    expect(methodStateText(approved, names)).toBe('Approved by Maria Okafor on 2026-09-08');
    expect(methodStateText(proposed, names)).toBe('Proposed: not yet approved by top management');
  });
});
