import { describe, expect, it } from 'vitest';
import type { Profile } from '../../../../core/api/contract';
import { organisationSchema, policyParametersSchema } from '../../../../core/model/workspace';
import { changedParts, validateProfile } from './profile-draft';
import { savableDraft } from './savable-draft';

// A deep copy: the schema's defaults are shared objects, and the tests edit the result.
const profile = (): Profile =>
  structuredClone({
    organisation: organisationSchema.parse({ name: 'Acme', headcount: 40 }),
    people: [{ id: 'ann-lee', name: 'Ann Lee', jobTitle: 'CISO', email: '' }],
    roles: { ciso: 'ann-lee' },
    roleSetup: { custom: [], notApplicable: {} },
    parameters: policyParametersSchema.parse({}),
  } satisfies Profile);

describe('savableDraft', () => {
  it('keeps the valid edits and puts the invalid field back to its saved value', () => {
    const saved = profile();
    const draft = profile();
    draft.organisation.name = 'Acme Group';
    draft.organisation.headcount = -1;
    draft.parameters.passwordMinLength = 14;
    const savable = savableDraft(saved, draft);
    expect(savable?.organisation.name).toBe('Acme Group');
    expect(savable?.organisation.headcount).toBe(40);
    expect(savable?.parameters.passwordMinLength).toBe(14);
    expect(validateProfile(savable!)).toEqual({});
    // The draft itself is untouched: the invalid value stays on screen, marked.
    expect(draft.organisation.headcount).toBe(-1);
  });

  it('reverts a whole new list row that is invalid, keeping edits to other parts', () => {
    const saved = profile();
    const draft = profile();
    draft.people.push({ id: 'bob', name: '', jobTitle: '', email: '' });
    draft.organisation.website = 'https://acme.example';
    const savable = savableDraft(saved, draft);
    expect(savable?.people).toEqual(saved.people);
    expect(savable?.organisation.website).toBe('https://acme.example');
  });

  it('widens the revert for a rule across fields (the default must be one of the levels)', () => {
    const saved = profile();
    const draft = profile();
    draft.organisation.classification.levels[1]!.name = 'Staff only';
    draft.organisation.name = 'Acme Group';
    const savable = savableDraft(saved, draft);
    expect(validateProfile(savable!)).toEqual({});
    expect(savable?.organisation.name).toBe('Acme Group');
    expect(savable?.organisation.classification).toEqual(saved.organisation.classification);
  });

  it('has nothing to save when the only edit is invalid', () => {
    const saved = profile();
    const draft = profile();
    draft.organisation.headcount = -1;
    expect(changedParts(saved, savableDraft(saved, draft)!)).toEqual({});
    expect(changedParts(saved, draft)).not.toEqual({});
  });
});
