import { describe, expect, it } from 'vitest';
import { errorSummary, fromDraft, newEntryDefaults, toDraft, validateEntry } from './form-draft';
import { testLookups, testSpec } from './test-spec';

const risk = {
  id: 'R-007',
  title: 'Phishing leads to account takeover',
  likelihood: 4,
  status: 'planned',
  owner: 'ana',
  assets: ['A-001', 'A-002'],
  dueDate: null,
  notes: ['Seen twice in 2026', 'Board asked, twice'],
  urgent: false,
  score: 12,
};

describe('register form draft', () => {
  it('round-trips an entry through the form without changing it', () => {
    const draft = toDraft(testSpec, risk);
    expect(draft['assets']).toBe('A-001, A-002');
    expect(draft['notes']).toBe('Seen twice in 2026\nBoard asked, twice');
    expect(fromDraft(testSpec, risk, draft)).toEqual(risk);
  });

  it('leaves derived fields out of the form and keeps them on the entry', () => {
    const draft = toDraft(testSpec, risk);
    expect(draft).not.toHaveProperty('score');
    expect(fromDraft(testSpec, risk, { ...draft, title: 'Changed' })['score']).toBe(12);
  });

  it('turns typed text into numbers, nulls and lists', () => {
    const draft = {
      ...toDraft(testSpec, risk),
      likelihood: ' 2 ',
      owner: '',
      assets: 'A-002;A-001\nA-001',
      dueDate: '',
    };
    const value = fromDraft(testSpec, risk, draft);
    expect(value['likelihood']).toBe(2);
    expect(value['owner']).toBeNull();
    expect(value['assets']).toEqual(['A-002', 'A-001', 'A-001']);
    expect(value['dueDate']).toBeNull();
  });

  it('accepts a valid entry and returns the parsed value', () => {
    const result = validateEntry(testSpec, risk, testLookups);
    expect(result.ok).toBe(true);
  });

  it('names the field and the reason for each problem', () => {
    const draft = {
      ...toDraft(testSpec, risk),
      title: '  ',
      likelihood: 'often',
      status: '',
      dueDate: '31/12/2026',
    };
    const result = validateEntry(testSpec, fromDraft(testSpec, risk, draft), testLookups);
    expect(result.ok).toBe(false);
    expect(errorSummary(testSpec, result.errors)).toEqual([
      'Risk: Required.',
      'Likelihood: Enter a whole number.',
      'Status: Choose one.',
      'Due: Expected a date as YYYY-MM-DD.',
    ]);
  });

  it('reports numbers out of range with the allowed bound', () => {
    const result = validateEntry(testSpec, { ...risk, likelihood: 9 }, testLookups);
    expect(result.errors['likelihood']).toBe('Use 5 or less.');
  });

  it('reports references to entries that do not exist', () => {
    const result = validateEntry(testSpec, { ...risk, assets: ['A-001', 'A-099'] }, testLookups);
    expect(result.ok).toBe(false);
    expect(result.errors['assets']).toBe('A-099 is not in the assets register.');
  });
});

describe('a new entry', () => {
  it('is valid without an id and is sent without one', () => {
    const draft = {
      ...toDraft(testSpec, {}),
      title: 'Lost laptop',
      likelihood: '2',
      status: 'planned',
    };
    const result = validateEntry(testSpec, fromDraft(testSpec, {}, draft), testLookups, true);
    expect(result.ok).toBe(true);
    if (result.ok) expect(result.value).not.toHaveProperty('id');
  });

  it('still reports the fields the user must fill', () => {
    const result = validateEntry(
      testSpec,
      fromDraft(testSpec, {}, toDraft(testSpec, {})),
      testLookups,
      true,
    );
    expect(errorSummary(testSpec, result.errors)).toEqual([
      'Risk: Required.',
      'Likelihood: Required.',
      'Status: Choose one.',
    ]);
  });
});

describe('new entry defaults', () => {
  it("start from the schema's defaults so a new entry needs only what has none", async () => {
    const { z } = await import('zod');
    const spec = {
      ...testSpec,
      schema: z.object({
        id: z.string(),
        title: z.string().min(1),
        status: z.enum(['planned', 'done']).default('planned'),
        urgent: z.boolean().default(false),
      }),
    };
    expect(newEntryDefaults(spec)).toEqual({ status: 'planned', urgent: false });
  });
});
