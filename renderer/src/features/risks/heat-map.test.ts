import { describe, expect, it } from 'vitest';
import { heatMapRows, inCell, unassessed } from './heat-map';

const method = { acceptanceThreshold: 6, highThreshold: 15 };
const risks = [
  { id: 'R-001', likelihood: 4, impact: 5, residualLikelihood: 2, residualImpact: 3 },
  { id: 'R-002', likelihood: 4, impact: 5, residualLikelihood: null, residualImpact: null },
  { id: 'R-003', likelihood: 1, impact: 2, residualLikelihood: 1, residualImpact: 2 },
];

describe('risk heat map', () => {
  it('counts risks per cell with the highest impact on top', () => {
    const rows = heatMapRows(risks, 'inherent', method);
    expect(rows).toHaveLength(5);
    expect(rows[0]![3]).toMatchObject({ likelihood: 4, impact: 5, score: 20, count: 2 });
    expect(rows[3]![0]).toMatchObject({ likelihood: 1, impact: 2, count: 1 });
    expect(rows.flat().reduce((sum, cell) => sum + cell.count, 0)).toBe(3);
  });

  it("colours each cell by the level of its score under the method's thresholds", () => {
    const cells = heatMapRows([], 'inherent', method).flat();
    const level = (l: number, i: number) =>
      cells.find((c) => c.likelihood === l && c.impact === i)!.level;
    expect(level(2, 3)).toBe('low');
    expect(level(1, 5)).toBe('low');
    expect(level(2, 4)).toBe('medium');
    expect(level(3, 5)).toBe('high');
  });

  it('places risks by residual scores on the residual map and counts the unassessed', () => {
    const cells = heatMapRows(risks, 'residual', method).flat();
    expect(cells.filter((c) => c.count > 0).map((c) => [c.likelihood, c.impact, c.count])).toEqual([
      [2, 3, 1],
      [1, 2, 1],
    ]);
    expect(unassessed(risks)).toBe(1);
  });

  it('selects the risks of a clicked cell', () => {
    const selection = { axis: 'inherent', likelihood: 4, impact: 5 } as const;
    expect(risks.filter((r) => inCell(r, selection)).map((r) => r.id)).toEqual(['R-001', 'R-002']);
    const residual = { axis: 'residual', likelihood: 4, impact: 5 } as const;
    expect(risks.filter((r) => inCell(r, residual))).toEqual([]);
  });
});
