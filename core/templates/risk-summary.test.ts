import { describe, expect, it } from 'vitest';
import { summariseRisks } from './risk-summary';

const risk = (id: string, fields: Record<string, unknown>) => ({ id, ...fields });

describe('risk summary', () => {
  it('counts and lists what the risk documents print, in register order', () => {
    const rows = [
      risk('R-1', { score: 20, level: 'High', residualLevel: 'Low', withinAppetite: true }),
      risk('R-2', { score: 12, level: 'Medium', withinAppetite: false, treatment: 'retain' }),
      risk('R-3', { score: 4, level: 'Low', residualLevel: 'Low', acceptedOn: '2026-10-02' }),
      risk('R-4', { score: 16, level: 'High', residualLevel: 'High', withinAppetite: false }),
      risk('R-5', { score: 6, level: 'Low', residualLevel: 'Medium', acceptedOn: '2026-09-15' }),
    ].map((r, i) => ({ ...r, owner: { name: ['Ann', 'Bo', 'Ann', 'Cy', 'Bo'][i] } }));
    const summary = summariseRisks(rows, 6);
    expect(summary.high.map((r) => r.id)).toEqual(['R-1', 'R-4']);
    expect(summary.medium.map((r) => r.id)).toEqual(['R-2']);
    expect(summary.low.map((r) => r.id)).toEqual(['R-3', 'R-5']);
    expect(summary).toMatchObject({
      residualHigh: 1,
      residualMedium: 1,
      residualLow: 2,
      residualUnrated: 1,
      acceptedCount: 2,
      firstAcceptedOn: '2026-09-15',
      lastAcceptedOn: '2026-10-02',
      ownerNames: ['Ann', 'Bo', 'Cy'],
    });
    expect(summary.aboveThreshold.map((r) => r.id)).toEqual(['R-1', 'R-2', 'R-4']);
    expect(summary.outsideAppetite.map((r) => r.id)).toEqual(['R-2', 'R-4']);
    expect(summary.retained.map((r) => r.id)).toEqual(['R-2']);
    // The lists hold the rows themselves, so a template prints every field of them.
    expect(summary.high[0]).toBe(rows[0]);
  });

  it('has no acceptance dates and no owners for an empty register', () => {
    const summary = summariseRisks([], 6);
    expect(summary.acceptedCount).toBe(0);
    expect('firstAcceptedOn' in summary).toBe(false);
    expect(summary.ownerNames).toEqual([]);
    expect(summary.residualUnrated).toBe(0);
  });
});
