import { describe, expect, it } from 'vitest';
import { newPersonId, personIdFrom, personIssues } from './directory';

describe('person IDs', () => {
  it('makes readable, unique IDs from names', () => {
    expect(personIdFrom('  Zoë  O’Brien ')).toBe('zoe-o-brien');
    expect(newPersonId('Ann Lee', new Set(['ann-lee', 'ann-lee-2']))).toBe('ann-lee-3');
    expect(newPersonId('', new Set())).toBe('person');
    expect(newPersonId('—', new Set(['person']))).toBe('person-2');
  });
});

describe('person checks', () => {
  const others = [{ id: 'bo-chan', email: 'Bo@Example.com' }];

  it('accepts no e-mail, or one nobody else has', () => {
    expect(personIssues({ email: '' }, others)).toEqual([]);
    expect(personIssues({ email: 'ann@example.com' }, others)).toEqual([]);
  });

  it('names an address that is not one, or that another person has', () => {
    expect(personIssues({ email: 'ann-at-example' }, others)).toEqual([
      { field: 'email', message: '"ann-at-example" is not an e-mail address' },
    ]);
    expect(personIssues({ email: ' bo@example.com ' }, others)).toEqual([
      { field: 'email', message: 'bo@example.com is also the e-mail of bo-chan' },
    ]);
  });
});
