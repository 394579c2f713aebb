import { describe, expect, it } from 'vitest';
import { completionNames, fieldCompletion, KNOWN_FIELDS } from './field-names';

describe('fieldCompletion', () => {
  const names = completionNames(['risks', 'custom.field']);

  it('offers field names right after an opening {{', () => {
    const result = fieldCompletion('Owner: {{ ', names);
    expect(result?.kind).toBe('field');
    expect(result?.from).toBe('Owner: {{ '.length);
    expect(result?.options).toContain('organisation.name');
    expect(result?.options).toContain('custom.field');
  });

  it('narrows to names starting with what was typed and replaces the whole dotted name', () => {
    const text = '{{ organisation.na';
    const result = fieldCompletion(text, names);
    expect(result?.from).toBe(3);
    expect(result?.options).toEqual(['organisation.name']);
  });

  it('offers names inside if and for tags', () => {
    expect(fieldCompletion('{% if roles.ci', names)?.options).toContain('roles.ciso.name');
    expect(fieldCompletion('{% for risk in ri', names)?.options).toContain('risks');
  });

  it('offers filters after a pipe, including the app filters', () => {
    const result = fieldCompletion('{{ today | for', names);
    expect(result).toMatchObject({ kind: 'filter', options: ['format_date'] });
  });

  it('offers nothing in plain text or after a closed placeholder', () => {
    expect(fieldCompletion('The organisation', names)).toBeNull();
    expect(fieldCompletion('{{ a }} and more', names)).toBeNull();
  });

  it('knows every role holder name', () => {
    expect(KNOWN_FIELDS).toContain('roles.internalAuditor.name');
    expect(KNOWN_FIELDS).toContain('parameters.rpoHours');
  });
});
