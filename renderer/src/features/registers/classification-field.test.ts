import { describe, expect, it } from 'vitest';
import { registerNamed } from '../../../../core/registers/registry';
import { classificationChoices } from './FormField';
import { CLASSIFICATION_LOOKUP, specFromDeclaration } from './spec-from-declaration';

const LEVELS = ['Public', 'Internal', 'Confidential'];

describe("an asset's classification", () => {
  it("is chosen from the organisation's classification levels", () => {
    const field = specFromDeclaration(registerNamed('assets')).fields.find(
      (f) => f.key === 'classification',
    );
    expect(field).toMatchObject({ kind: 'text', references: CLASSIFICATION_LOOKUP });
    const { options, warning } = classificationChoices('Internal', LEVELS);
    expect(options.map((o) => o.value)).toEqual(['', 'Public', 'Internal', 'Confidential']);
    expect(warning).toBeNull();
  });

  it('keeps a value outside the scheme selectable and says so', () => {
    const { options, warning } = classificationChoices('Restricted', LEVELS);
    expect(options.at(-1)).toEqual({
      value: 'Restricted',
      label: 'Restricted (not a level of the scheme)',
    });
    expect(warning).toBe(
      "“Restricted” is not one of the organisation's classification levels (Public, Internal, Confidential); choose one.",
    );
  });

  it('offers no level to a field of another register', () => {
    const risks = specFromDeclaration(registerNamed('risks'));
    expect(risks.fields.some((f) => f.references === CLASSIFICATION_LOOKUP)).toBe(false);
  });
});
