import { describe, expect, it } from 'vitest';
import type { Profile } from '../../../../core/api/contract';
import { organisationSchema, policyParametersSchema } from '../../../../core/model/workspace';
import { changedParts, errorsUnder, validateProfile } from './profile-draft';

const profile = (): Profile => ({
  organisation: organisationSchema.parse({ name: 'Acme' }),
  people: [{ id: 'ann-lee', name: 'Ann Lee', jobTitle: 'CISO', email: '' }],
  roles: { ciso: 'ann-lee' },
  roleSetup: { custom: [], notApplicable: {} },
  parameters: policyParametersSchema.parse({}),
});

describe('validateProfile', () => {
  it('accepts a valid profile', () => {
    expect(validateProfile(profile())).toEqual({});
  });

  it('names the field of each problem with a message a user can act on', () => {
    const draft = profile();
    draft.organisation.documentIdPrefix = 'acme';
    draft.organisation.reviewCycleMonths = Number.NaN;
    draft.parameters.passwordMinLength = 4;
    draft.people.push({ id: 'ann-lee', name: 'Ann Other', jobTitle: '', email: '' });
    const errors = validateProfile(draft);
    expect(errors['organisation.documentIdPrefix']).toMatch(/capital letters/);
    expect(errors['organisation.reviewCycleMonths']).toBe('Enter a number.');
    expect(errors['parameters.passwordMinLength']).toBe('Use 8 or more.');
    expect(errors['people.1.id']).toBe('Another person has this ID.');
  });

  it('checks e-mails with the People register rule and message', () => {
    const draft = profile();
    draft.people[0]!.email = 'ann.lee-at-acme';
    draft.people.push(
      { id: 'bo-chan', name: 'Bo Chan', jobTitle: '', email: 'bo@acme.example' },
      { id: 'cy-dee', name: 'Cy Dee', jobTitle: '', email: 'BO@acme.example ' },
    );
    const errors = validateProfile(draft);
    expect(errors['people.0.email']).toBe('"ann.lee-at-acme" is not an e-mail address.');
    expect(errors['people.1.email']).toBe('bo@acme.example is also the e-mail of cy-dee.');
    expect(errors['people.2.email']).toBe('BO@acme.example is also the e-mail of bo-chan.');
  });

  it('rejects a default classification that is not one of the levels', () => {
    const draft = profile();
    draft.organisation.classification.default = 'Secret';
    expect(Object.keys(validateProfile(draft))).toContain('organisation.classification.default');
  });
});

describe('changedParts', () => {
  it('returns only the parts that differ', () => {
    const saved = profile();
    const draft = profile();
    draft.roles = { ciso: null };
    expect(changedParts(saved, draft)).toEqual({ roles: { ciso: null } });
    expect(changedParts(saved, profile())).toEqual({});
  });
});

describe('errorsUnder', () => {
  it('strips the row prefix', () => {
    expect(errorsUnder({ 'people.1.id': 'x', 'people.10.id': 'y' }, 'people.1')).toEqual({
      id: 'x',
    });
  });
});
