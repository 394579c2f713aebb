import { describe, expect, it } from 'vitest';
import { editableOrganisationKey, listFields } from './fields-list';

describe('listFields', () => {
  it('lists each field once with unfilled ones first', () => {
    const fields = [
      { field: 'organisation.name', line: 1, column: 4 },
      { field: 'roles.dpo.name', line: 5, column: 1 },
      { field: 'organisation.name', line: 9, column: 2 },
    ];
    const unfilled = [{ field: 'roles.dpo.name', line: 5, column: 1 }];
    const entries = listFields(fields, unfilled);
    expect(entries.map((e) => [e.field, e.unfilled, e.uses])).toEqual([
      ['roles.dpo.name', true, 1],
      ['organisation.name', false, 2],
    ]);
  });

  it('includes unfilled fields typed since the last save', () => {
    const entries = listFields([], [{ field: 'organisation.website', line: 3, column: 7 }]);
    expect(entries).toEqual([
      { field: 'organisation.website', line: 3, column: 7, unfilled: true, uses: 1 },
    ]);
  });
});

describe('editableOrganisationKey', () => {
  it('maps organisation text fields and refuses the rest', () => {
    expect(editableOrganisationKey('organisation.name')).toBe('name');
    expect(editableOrganisationKey('organisation.locations')).toBeNull();
    expect(editableOrganisationKey('toString')).toBeNull();
  });
});
