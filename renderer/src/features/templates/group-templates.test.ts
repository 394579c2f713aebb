import { describe, expect, it } from 'vitest';
import type { TemplateSummary } from '../../../../core/api/contract';
import { groupByClause, groupByTheme, matchesFilter } from './group-templates';

const template = (id: string, clauses: string[], controls: string[]): TemplateSummary => ({
  id,
  title: id.replace(/-/g, ' '),
  kind: 'policy',
  clauses,
  controls,
  summary: `About ${id}`,
  origin: 'builtin',
});

const library = [
  template('risk-method', ['6.1.2', '8.2'], []),
  template('scope', ['4.3'], []),
  template('access-control', [], ['5.15', '8.2']),
  template('clean-desk', [], ['7.7']),
  template('soa', ['6.1.3(d)'], ['5.1']),
];

describe('groupByClause', () => {
  it('files templates under their top-level clauses in clause order', () => {
    const groups = groupByClause(library);
    expect(groups.map((g) => g.key)).toEqual(['4', '6', '8', 'other']);
    expect(groups.find((g) => g.key === '6')?.templates.map((t) => t.id)).toEqual([
      'risk-method',
      'soa',
    ]);
    expect(groups.find((g) => g.key === '8')?.templates.map((t) => t.id)).toEqual(['risk-method']);
    expect(groups[0]?.title).toContain('Context of the organisation');
  });
});

describe('groupByTheme', () => {
  it('files templates under the Annex A themes of their controls', () => {
    const groups = groupByTheme(library);
    expect(groups.map((g) => g.key)).toEqual([
      'organizational',
      'physical',
      'technological',
      'other',
    ]);
    expect(groups.find((g) => g.key === 'technological')?.templates.map((t) => t.id)).toEqual([
      'access-control',
    ]);
    expect(groups.find((g) => g.key === 'organizational')?.title).toBe(
      'Organisational controls (A.5)',
    );
  });
});

describe('matchesFilter', () => {
  it('matches titles, clauses and controls case-insensitively', () => {
    expect(matchesFilter(library[2]!, 'ACCESS')).toBe(true);
    expect(matchesFilter(library[2]!, '5.15')).toBe(true);
    expect(matchesFilter(library[1]!, '5.15')).toBe(false);
    expect(matchesFilter(library[1]!, '  ')).toBe(true);
  });
});
