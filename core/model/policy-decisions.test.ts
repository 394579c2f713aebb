import { describe, expect, it } from 'vitest';
import { confirmPolicyDecisions, listUnconfirmedPolicyDecisions } from './policy-decisions';
import { CURRENT_SCHEMA_VERSION, workspaceSchema } from './workspace';

const blank = () => workspaceSchema.parse({ schemaVersion: CURRENT_SCHEMA_VERSION });

describe('policy decisions', () => {
  it('lists every decision of a new workspace as a proposal with its value', () => {
    const pending = listUnconfirmedPolicyDecisions(blank());
    expect(pending.map((d) => d.key)).toContain('passwordMinLength');
    expect(pending.find((d) => d.key === 'rtoHours')).toEqual({
      key: 'rtoHours',
      label: 'Recovery time objective',
      value: '24 hours',
      reason: 'never-confirmed',
    });
    expect(pending.find((d) => d.key === 'classificationLevels')?.value).toBe(
      'Public, Internal, Confidential, Restricted',
    );
  });

  it('drops a confirmed decision and brings it back when the value changes', () => {
    const confirmed = confirmPolicyDecisions(blank(), ['rtoHours'], 'ceo', '2026-09-08');
    expect(listUnconfirmedPolicyDecisions(confirmed).map((d) => d.key)).not.toContain('rtoHours');
    const changed = { ...confirmed, parameters: { ...confirmed.parameters, rtoHours: 8 } };
    expect(listUnconfirmedPolicyDecisions(changed).find((d) => d.key === 'rtoHours')).toMatchObject(
      { value: '8 hours', reason: 'changed' },
    );
  });

  it('loads a workspace file written before confirmations existed', () => {
    expect(blank().confirmedDecisions).toEqual({});
  });
});
