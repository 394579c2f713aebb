import { describe, expect, it } from 'vitest';
import {
  compareSortValues,
  displayValue,
  matchesQuery,
  searchText,
  sortValue,
} from './cell-format';
import { matchesColumnFilter } from './register-columns';
import { testLookups, testSpec } from './test-spec';

const field = (key: string) => testSpec.fields.find((f) => f.key === key)!;

describe('register cells', () => {
  it('shows labels instead of stored values', () => {
    expect(displayValue(field('status'), 'in-progress', testLookups)).toBe('In progress');
    expect(displayValue(field('owner'), 'ana', testLookups)).toBe('Ana Ruiz');
    expect(displayValue(field('assets'), ['A-001', 'A-002'], testLookups)).toBe('A-001, A-002');
    expect(displayValue(field('urgent'), true, testLookups)).toBe('Yes');
    expect(displayValue(field('dueDate'), null, testLookups)).toBe('');
  });

  it('keeps an unknown person id visible rather than hiding it', () => {
    expect(displayValue(field('owner'), 'gone', testLookups)).toBe('gone');
  });

  it('sorts ids by their numbers and enumerations in their declared order', () => {
    const ids = ['R-10', 'R-2', 'R-1'].sort((a, b) =>
      compareSortValues(
        sortValue(field('id'), a, testLookups),
        sortValue(field('id'), b, testLookups),
      ),
    );
    expect(ids).toEqual(['R-1', 'R-2', 'R-10']);
    const statuses = ['done', 'planned', 'in-progress'].sort((a, b) =>
      compareSortValues(
        sortValue(field('status'), a, testLookups),
        sortValue(field('status'), b, testLookups),
      ),
    );
    expect(statuses).toEqual(['planned', 'in-progress', 'done']);
  });

  it('sorts numbers numerically with empty values first', () => {
    const values = [12, null, 3].sort((a, b) =>
      compareSortValues(
        sortValue(field('likelihood'), a, testLookups),
        sortValue(field('likelihood'), b, testLookups),
      ),
    );
    expect(values).toEqual([null, 3, 12]);
  });

  it('finds an entry by any word of what the table shows, including labels', () => {
    const text = searchText(
      testSpec.fields,
      { id: 'R-001', title: 'Phishing', status: 'in-progress', owner: 'tom', assets: [] },
      testLookups,
    );
    expect(matchesQuery(text, 'phish beck')).toBe(true);
    expect(matchesQuery(text, 'in progress')).toBe(true);
    expect(matchesQuery(text, 'ransomware')).toBe(false);
    expect(matchesQuery(text, '  ')).toBe(true);
  });

  it('filters a column by one value, or by one of a list of values', () => {
    expect(matchesColumnFilter('done', 'done')).toBe(true);
    expect(matchesColumnFilter('planned', 'done')).toBe(false);
    expect(matchesColumnFilter(['5.1', '8.9'], '8.9')).toBe(true);
    expect(matchesColumnFilter(false, 'false')).toBe(true);
    expect(matchesColumnFilter('anything', '')).toBe(true);
  });
});
