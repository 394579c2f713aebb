import { describe, expect, it } from 'vitest';
import { fieldPrompt } from './field-prompt';

describe('fieldPrompt', () => {
  it('names the role holder a reader must supply', () => {
    expect(fieldPrompt('roles.topManagement.name')).toBe(
      'Name of the Top Management Representative',
    );
    expect(fieldPrompt('roles.dpo.email')).toBe('Email address of the Data Protection Officer');
  });

  it('uses the profile form labels for organisation facts and parameters', () => {
    expect(fieldPrompt('organisation.legalName')).toBe('Registered legal name');
    expect(fieldPrompt('parameters.rtoHours')).toBe('Recovery time objective in hours');
  });

  it('reads a loop variable path as words', () => {
    expect(fieldPrompt('risk.owner.name')).toBe('Name of the risk owner');
    expect(fieldPrompt('managementReview.actions')).toBe('Management review actions');
    expect(fieldPrompt("refs['isms-scope']")).toBe('Refs');
  });

  it('never reads a prototype for an unusual path', () => {
    expect(fieldPrompt('organisation.constructor')).toBe('Organisation constructor');
    expect(fieldPrompt('roles.toString.name')).toBe('Roles to string name');
  });
});
