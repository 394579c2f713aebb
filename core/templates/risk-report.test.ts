import { describe, expect, it } from 'vitest';
import { assetReportFigures, needsDecision, riskReportFigures } from './risk-report';

type Fields = Record<string, unknown>;
const risk = (id: string, score: number, level: string, fields: Fields = {}) => ({
  id,
  score,
  level,
  withinAppetite: true,
  treatmentLabel: 'Modify (apply controls)',
  status: 'assessed',
  owner: { name: 'Ann' },
  ...fields,
});

describe('what the Risk Assessment Report lists', () => {
  it('lists every risk, in register order, up to the limit', () => {
    const risks = [risk('R-1', 4, 'Low'), risk('R-2', 20, 'High'), risk('R-3', 9, 'Medium')];
    const figures = riskReportFigures(risks, 6, 3);
    expect(figures.listsAll).toBe(true);
    expect(figures.listed.map((r) => r.id)).toEqual(['R-1', 'R-2', 'R-3']);
    expect(figures.notListed).toBe(0);
  });

  it('above the limit lists only risks needing a decision: outside the criteria first, then by score', () => {
    const risks = [
      risk('R-1', 4, 'Low'),
      risk('R-2', 12, 'Medium'),
      risk('R-3', 9, 'Medium', { acceptedOn: '2026-10-01' }),
      risk('R-4', 20, 'High', { status: 'treated' }),
      risk('R-5', 8, 'Medium', { withinAppetite: false, owner: { name: 'Bo' } }),
      risk('R-6', 16, 'High', { treatmentLabel: 'Retain (accept)', owner: undefined }),
    ];
    const figures = riskReportFigures(risks, 6, 2);
    expect(figures.listsAll).toBe(false);
    expect(figures.needingDecision).toBe(3);
    // R-5 is outside the criteria; are above the threshold, untreated, unaccepted.
    expect(figures.listed.map((r) => r.id)).toEqual(['R-5', 'R-6']);
    expect(figures.notListed).toBe(1);
    expect(figures.byOwner).toEqual([
      { label: 'Ann', count: 4, high: 1, medium: 2, low: 1, outside: 0, accepted: 1 },
      { label: 'Bo', count: 1, high: 0, medium: 1, low: 0, outside: 1, accepted: 0 },
      { label: 'No owner assigned', count: 1, high: 1, medium: 0, low: 0, outside: 0, accepted: 0 },
    ]);
    expect(figures.byTreatment.map((r) => [r.label, r.count])).toEqual([
      ['Modify (apply controls)', 5],
      ['Retain (accept)', 1],
    ]);
  });

  it('keeps the printed list bounded at 10,000 risks', () => {
    const risks = Array.from({ length: 10_000 }, (_, i) =>
      risk(`R-${i}`, ((i % 5) + 1) * 5, 'High'),
    );
    const figures = riskReportFigures(risks, 6);
    expect(figures.listed).toHaveLength(300);
    expect(figures.notListed).toBe(figures.needingDecision - 300);
    expect(figures.listed.every((r) => r.score === 25)).toBe(true);
  });

  it('does not count a treated, closed or accepted risk within the criteria as needing a decision', () => {
    expect(needsDecision(risk('R-1', 20, 'High', { status: 'closed' }), 6)).toBe(false);
    expect(needsDecision(risk('R-1', 20, 'High', { acceptedOn: '2026-01-01' }), 6)).toBe(false);
    expect(needsDecision(risk('R-1', 5, 'Low'), 6)).toBe(false);
    expect(needsDecision(risk('R-1', 5, 'Low', { withinAppetite: false }), 6)).toBe(true);
  });

  it('counts assets by type and classification above the limit only', () => {
    const assets = [
      { type: 'software', classification: 'Internal' },
      { type: 'hardware', classification: 'Internal' },
      { type: 'software', classification: 'Internal' },
      { type: 'software' },
    ];
    expect(assetReportFigures(assets, 4)).toEqual({ listsAll: true, byTypeAndClass: [] });
    expect(assetReportFigures(assets, 3).byTypeAndClass).toEqual([
      { type: 'software', classification: 'Internal', count: 2 },
      { type: 'hardware', classification: 'Internal', count: 1 },
      { type: 'software', classification: 'Not classified', count: 1 },
    ]);
  });
});
