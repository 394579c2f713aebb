import { marked, type Tokens } from 'marked';
import { describe, expect, it } from 'vitest';
import { CURRENT_SCHEMA_VERSION, workspaceSchema } from '../model/workspace';
import { buildRenderContext } from './context';
import { listTemplateFields } from './fields';
import { renderTemplateSync } from './render';

const SECTION = `## {{ section }}. Responsibilities at {{ organisation.name }}

{{ organisation.displayName }} assigns responsibility for this topic to the
{{ roleTitles.ciso }}, currently {{ roles.ciso.name }}, who reports to {{ roles.topManagement | person }}.
Passwords are at least {{ parameters.passwordMinLength }} characters long, screens lock after
{{ parameters.screenLockMinutes | plural: 'minute' }} and access is reviewed every
{{ parameters.accessReviewMonths | plural: 'month' }}. Backups run {{ parameters.backupFrequency }}
and are kept for {{ parameters.backupRetentionDays }} days; restores are tested every
{{ parameters.restoreTestMonths }} months. Incidents are reported within
{{ parameters.incidentReportHours }} hours. This section was last reviewed on {{ today | format_date }}
and is due again on {{ today | add_months: organisation.reviewCycleMonths | format_date }}.
Staff who handle information classified {{ organisation.defaultClassification }} follow the
handling rules that go with that level, and anyone unsure asks {{ roles.ismsManager.name }}.

{% for person in people %}
- {{ person.name }}{% if person.jobTitle %} ({{ person.jobTitle }}){% endif %}: {{ person.email | default: 'no email' }}
{% endfor %}

{% if organisation.website %}More at {{ organisation.website }}.{% else %}No public website.{% endif %}
`;

const TABLES = `
## Risk register

| ID | Risk | Owner | Score | Level | Treatment | Controls |
| --- | --- | --- | --- | --- | --- | --- |
{% for risk in risks %}
| {{ risk.id }} | {{ risk.title }} | {{ risk.owner.name }} | {{ risk.score }} | {{ risk.level }} | {{ risk.treatmentLabel }} | {{ risk.controlList | default: 'none' }} |
{% endfor %}

## Statement of Applicability

| Control | Title | Decision | Implementation |
| --- | --- | --- | --- |
{% for control in soa %}
| {{ control.id }} | {{ control.title }} | {{ control.applicability | default: 'Not yet decided' }} | {{ control.implementationLabel | default: '-' }} |
{% endfor %}
`;

/** About ten printed pages: 24 sections of prose and lists, a risk table and the full SoA. */
const TEN_PAGES =
  Array.from({ length: 24 }, (_, i) => SECTION.replace('{{ section }}', String(i + 1))).join('\n') +
  TABLES;

const workspace = workspaceSchema.parse({
  schemaVersion: CURRENT_SCHEMA_VERSION,
  organisation: { name: 'Brightwater Analytics Ltd', shortName: 'Brightwater' },
  people: Array.from({ length: 8 }, (_, i) => ({
    id: `person-${i}`,
    name: `Person ${i}`,
    jobTitle: i % 2 ? `Role ${i}` : '',
    email: `p${i}@example.com`,
  })),
  roles: { ciso: 'person-1', topManagement: 'person-2', ismsManager: 'person-3' },
  registers: {
    risks: Array.from({ length: 30 }, (_, i) => ({
      id: `R-${String(i + 1).padStart(3, '0')}`,
      title: `Risk number ${i + 1} with a *descriptive* title`,
      owner: `person-${i % 8}`,
      likelihood: (i % 5) + 1,
      impact: ((i + 2) % 5) + 1,
      controls: ['5.15', '8.5'],
    })),
  },
});
const context = buildRenderContext({ workspace, today: '2026-11-28' });

const TEMPLATE = { id: 'ten-pages', body: TEN_PAGES, bodyLine: 1 };

// Speed is measured by `npm run bench`, not here: this checks that a long template renders whole.
describe('renderTemplate on a ten-page template', () => {
  it('renders every section and every register row, with nothing unfilled', () => {
    const result = renderTemplateSync(TEMPLATE, context, { mode: 'preview' });
    const words = result.markdown.replace(/<[^>]+>/g, '').split(/\s+/).length;
    expect(words).toBeGreaterThan(5_000);
    expect(result.unfilled).toEqual([]);
    const tables = marked.lexer(result.markdown).filter((t) => t.type === 'table');
    expect(tables.map((t) => (t as Tokens.Table).rows.length)).toEqual([30, 93]);
  });

  it('lists the fields such a template uses, once each', () => {
    const fields = listTemplateFields(TEMPLATE).map((f) => f.field);
    expect(new Set(fields).size).toBe(fields.length);
    expect(fields).toEqual(
      expect.arrayContaining(['organisation.name', 'roles.ciso.name', 'risks', 'soa']),
    );
  });
});
