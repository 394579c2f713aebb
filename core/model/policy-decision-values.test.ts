import { describe, expect, it } from 'vitest';
import {
  describePolicyDecisions,
  findPolicyDecision,
  setPolicyDecisionValue,
} from './policy-decision-values';
import { confirmPolicyDecisions } from './policy-decisions';
import { CURRENT_SCHEMA_VERSION, workspaceSchema } from './workspace';

const blank = () => workspaceSchema.parse({ schemaVersion: CURRENT_SCHEMA_VERSION });

describe('policy decision values as text', () => {
  it('reads a number with or without its unit and keeps the schema limits', () => {
    const set = (text: string) => setPolicyDecisionValue(blank(), 'passwordMinLength', text);
    const plain = set('14');
    expect(plain.ok && plain.workspace.parameters.passwordMinLength).toBe(14);
    const withUnit = set(' 16 characters ');
    expect(withUnit.ok && withUnit.workspace.parameters.passwordMinLength).toBe(16);
    const tooShort = set('6');
    expect(!tooShort.ok && tooShort.message).toMatch(/8/);
    expect(set('12 days')).toMatchObject({ ok: false });
    expect(set('twelve')).toMatchObject({ ok: false });
  });

  it('renames classification levels keeping the descriptions of those that stay', () => {
    const result = setPolicyDecisionValue(blank(), 'classificationLevels', 'internal, Secret');
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const { levels, default: fallback } = result.workspace.organisation.classification;
    expect(levels.map((l) => l.name)).toEqual(['internal', 'Secret']);
    expect(levels[0]?.description).toMatch(/staff/);
    expect(levels[1]?.description).toBe('');
    expect(fallback).toBe('internal');
    expect(setPolicyDecisionValue(blank(), 'classificationLevels', 'A, a')).toMatchObject({
      ok: false,
    });
  });

  it('describes each decision as proposed, confirmed or changed since its confirmation', () => {
    const confirmed = confirmPolicyDecisions(
      blank(),
      ['rtoHours', 'rpoHours'],
      'ceo',
      '2026-09-08',
    );
    const changed = { ...confirmed, parameters: { ...confirmed.parameters, rpoHours: 4 } };
    const states = Object.fromEntries(
      describePolicyDecisions(changed).map((d) => [d.key, d.state]),
    );
    expect(states).toMatchObject({
      rtoHours: 'confirmed',
      rpoHours: 'changed',
      logRetentionDays: 'proposed',
    });
  });

  it('finds a decision by its key or its label', () => {
    expect(findPolicyDecision('rtohours')?.key).toBe('rtoHours');
    expect(findPolicyDecision('Log retention')?.key).toBe('logRetentionDays');
    expect(findPolicyDecision('nothing')).toBeUndefined();
  });
});
