import { describe, expect, it } from 'vitest';
import { ANNEX_A_CONTROLS } from '../../../../core/frameworks/annex-a';
import { bulkPatch, groupByTheme, needsAttention, toSoaRow } from './soa-view';

const rows = ANNEX_A_CONTROLS.map((c, index) =>
  toSoaRow({
    control: c.id,
    title: c.title,
    applicable: index === 0 ? null : index === 1 ? false : true,
    reasons: [],
    justification: '',
    implementation: index === 2 ? null : 'implemented',
    owner: null,
    howImplemented: '',
    evidence: '',
    risks: index === 3 ? ['R-001'] : [],
  }),
);

describe('Statement of Applicability view', () => {
  it('groups all 93 controls under the four themes in catalogue order', () => {
    const groups = groupByTheme(rows, 'all', '');
    expect(groups.map((g) => g.rows.length)).toEqual([37, 8, 14, 34]);
    expect(groups[0]!.rows[0]!.control).toBe('5.1');
    expect(groups[3]!.title).toMatch(/Technological/);
  });

  it('shows only the controls a counter points at', () => {
    expect(
      groupByTheme(rows, 'undecided', '').flatMap((g) => g.rows.map((r) => r.control)),
    ).toEqual(['5.1']);
    expect(
      groupByTheme(rows, 'excludedWithoutJustification', '').flatMap((g) =>
        g.rows.map((r) => r.control),
      ),
    ).toEqual(['5.2']);
    expect(
      groupByTheme(rows, 'applicableWithoutStatus', '').flatMap((g) =>
        g.rows.map((r) => r.control),
      ),
    ).toEqual(['5.3']);
  });

  it('finds controls by id or words of their title', () => {
    const found = groupByTheme(rows, 'all', 'backup').flatMap((g) => g.rows.map((r) => r.control));
    expect(found).toEqual(['8.13']);
  });

  it('counts an excluded control as justified once a reason is written', () => {
    const excluded = { ...rows[1]!, justification: 'No physical office.' };
    expect(needsAttention(excluded, 'excludedWithoutJustification')).toBe(false);
  });

  it('excluding in bulk records the justification and clears the status', () => {
    expect(bulkPatch({ kind: 'excluded', justification: 'Not relevant' })).toEqual({
      applicable: false,
      justification: 'Not relevant',
      implementation: null,
    });
    expect(bulkPatch({ kind: 'status', status: 'planned' })).toEqual({
      applicable: true,
      implementation: 'planned',
    });
  });

  it('reads derived links from the listed row', () => {
    expect(rows[3]!.risks).toEqual(['R-001']);
    expect(rows[4]!.actions).toEqual([]);
  });
});
