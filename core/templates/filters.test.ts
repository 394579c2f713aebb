import { describe, expect, it } from 'vitest';
import { createTemplateEngine } from './engine';
import { TEMPLATE_FILTERS } from './filters';
import { RENDER_TIME } from './render-time';

const engine = createTemplateEngine();
const run = (template: string, scope: Record<string, unknown> = {}): string =>
  String(engine.parseAndRenderSync(template, scope));

/** The data the documented examples refer to. */
const EXAMPLE_DATA = {
  risks: [
    { id: 'R1', controls: ['5.15'] },
    { id: 'R2', controls: ['8.5', '5.15'] },
    { id: 'R3', controls: ['8.2'] },
  ],
  managementReview: {
    attendees: [{ name: 'Ann Lee' }, { name: 'Bo Chen' }, { name: 'Cy Diaz' }],
  },
  parameters: { mfaRequired: true },
  roles: { ciso: { name: 'Dana Reyes', jobTitle: 'Chief Information Security Officer' } },
  soaSummary: { implemented: 3, applicable: 4 },
};

describe('template filters', () => {
  it('does what every documented example says', () => {
    for (const filter of TEMPLATE_FILTERS) {
      expect(engine.filters[filter.name], filter.name).toBeDefined();
      for (const example of filter.example.split('; ')) {
        const [template = '', expected = ''] = example.split(' -> ');
        expect(run(template, EXAMPLE_DATA), example).toBe(expected);
      }
    }
  });

  it('writes dates out in full and passes anything that is not a date through', () => {
    expect(run("{{ '2026-01-05' | format_date }}")).toBe('5 January 2026');
    expect(run("{{ '2026-11-28T10:00:00Z' | format_date }}")).toBe('28 November 2026');
    expect(run("{{ '2026-02-30' | format_date }}")).toBe('2026-02-30');
    expect(run("{{ 'soon' | format_date }}")).toBe('soon');
  });

  it('adds months across year ends and clamps to the end of a short month', () => {
    expect(run("{{ '2026-11-30' | add_months: 3 }}")).toBe('2027-02-28');
    expect(run("{{ '2028-01-31' | add_months: 1 }}")).toBe('2028-02-29');
    expect(run("{{ '2026-03-15' | add_months: -15 }}")).toBe('2024-12-15');
    expect(run("{{ '2026-03-15' | add_months: '12' }}")).toBe('2027-03-15');
    expect(() => run("{{ '2026-03-15' | add_months: 1.5 }}")).toThrow('whole number');
  });

  it('adds days', () => {
    expect(run("{{ '2028-02-28' | add_days: 1 }}")).toBe('2028-02-29');
    expect(run("{{ '2026-01-01' | add_days: -1 }}")).toBe('2025-12-31');
  });

  it('picks the right form of a noun', () => {
    expect(run("{{ 0 | plural: 'risk' }}")).toBe('0 risks');
    expect(run("{{ 2 | plural: 'policy' }}")).toBe('2 policies');
    expect(run("{{ 2 | plural: 'day' }}")).toBe('2 days');
    expect(run("{{ 3 | plural: 'process' }}")).toBe('3 processes');
    expect(run("{{ 2 | plural: 'person', 'people' }}")).toBe('2 people');
    expect(run("{{ 1 | plural: 'person', 'people' }}")).toBe('1 person');
  });

  it('joins lists as running text', () => {
    expect(run('{{ a | sentence }}', { a: [] })).toBe('');
    expect(run('{{ a | sentence }}', { a: ['x'] })).toBe('x');
    expect(run('{{ a | sentence }}', { a: ['x', { title: 'y' }] })).toBe('x and y');
  });

  it('writes yes or no, people and control titles', () => {
    expect(run('{{ f | yes_no }}', { f: false })).toBe('No');
    expect(run('{{ p | person }}', { p: { name: 'Ann', jobTitle: '' } })).toBe('Ann');
    expect(run("{{ '9.9' | control_title }}")).toBe('9.9');
    expect(run('{{ 1 | percent: 0 }}')).toBe('0%');
    expect(run('{{ 2 | percent: 3 }}')).toBe('67%');
  });

  it('linked_to keeps the entries naming any of the controls, in order, from a list or a string', () => {
    const rows = EXAMPLE_DATA.risks;
    expect(
      run("{{ risks | linked_to: wanted | map: 'id' | join: ',' }}", {
        risks: rows,
        wanted: ['8.2', '8.5'],
      }),
    ).toBe('R2,R3');
    expect(run("{{ risks | linked_to: ' 8.2 , 5.15' | size }}", { risks: rows })).toBe('3');
    expect(run("{{ risks | linked_to: '9.9' | size }}", { risks: rows })).toBe('0');
    expect(run("{{ risks | linked_to: '5.15' | size }}", { risks: [{ id: 'X' }, null, 'R'] })).toBe(
      '0',
    );
    expect(run("{{ nothing | linked_to: '5.15' | size }}", { nothing: 'text' })).toBe('0');
  });
});

describe("'now' and 'today' in date filters", () => {
  const rendered = (template: string, context: Record<PropertyKey, unknown>) =>
    String(engine.parseAndRenderSync(template, context));

  it("print the app's time the render was given, not the system clock", () => {
    const context = { today: '2026-11-28', [RENDER_TIME]: '2026-11-28T09:05:00.000Z' };
    expect(rendered("{{ 'now' | date: '%Y-%m-%d %H:%M' }}", context)).toBe('2026-11-28 09:05');
    expect(rendered("{{ 'today' | date: '%d %B %Y' }}", context)).toBe('28 November 2026');
    expect(rendered("{{ 'now' | date_to_xmlschema }}", context)).toBe('2026-11-28T09:05:00+00:00');
  });

  it('print the start of the day the render is for when no time was given', () => {
    expect(rendered("{{ 'now' | date: '%Y-%m-%d %H:%M' }}", { today: '2026-02-03' })).toBe(
      '2026-02-03 00:00',
    );
  });

  it('leave every other date as it was', () => {
    const context = { today: '2026-11-28', [RENDER_TIME]: '2026-11-28T09:05:00.000Z' };
    expect(rendered("{{ '2025-01-31' | date: '%Y-%m-%d' }}", context)).toBe('2025-01-31');
  });
});
