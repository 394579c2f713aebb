import { THEMES } from './rules-annex-a';

// Clauses 4.1 to 10.2 of ISO/IEC 27001:2022 by identifier and short title, each with the
// documented information a Stage 1 auditor expects to read for it (by template id).

export type RequirementDefinition = {
  readonly id: string;
  readonly title: string;
  /** The top-level clause (`4`...`10`) or Annex A theme (`A.5`...). */
  readonly area: string;
  readonly expected: readonly { readonly templateId: string; readonly label: string }[];
};

/**
 * Each document a Stage 1 auditor expects: how the report names it, and the clauses it answers
 * (a clause lists its documents in this order).
 */
const DOCUMENTS: Readonly<Record<string, readonly [label: string, ...clauses: string[]]>> = {
  'context-of-the-organisation': ['Context of the organisation', '4.1', '4.2'],
  'isms-scope': ['ISMS scope', '4.3'],
  'information-security-policy': ['Information security policy', '5.2'],
  'isms-roles-and-responsibilities': ['ISMS roles and responsibilities', '5.3'],
  'risk-assessment-and-treatment-methodology': ['Risk assessment methodology', '6.1.2'],
  'statement-of-applicability': ['Statement of Applicability', '6.1.3'],
  'risk-treatment-plan': ['Risk treatment plan', '6.1.3', '8.3'],
  'information-security-objectives': ['Information security objectives', '6.2'],
  'competence-training-and-awareness-procedure': [
    'Competence, training and awareness',
    '7.2',
    '7.3',
  ],
  'communication-plan': ['Communication plan', '7.4'],
  'document-and-record-control-procedure': ['Document and record control', '7.5'],
  'operational-planning-and-control': ['Operational planning and control', '8.1'],
  'risk-assessment-report': ['Risk assessment report', '8.2'],
  'monitoring-measurement-and-metrics-procedure': ['Monitoring and measurement', '9.1'],
  'internal-audit-procedure': ['Internal audit procedure and programme', '9.2'],
  'internal-audit-report': ['Internal audit report', '9.2'],
  'management-review-procedure': ['Management review procedure', '9.3'],
  'management-review-minutes': ['Management review minutes', '9.3'],
  'continual-improvement': ['Continual improvement', '10.1'],
  'nonconformity-and-corrective-action-procedure': ['Nonconformity and corrective action', '10.2'],
};

type Titled = readonly (readonly [id: string, title: string])[];

/** Clauses 4.1 to 10.2 by identifier and short title; a requirement's area is its clause. */
const CLAUSES: Titled = [
  ['4.1', 'Organisation and its context'],
  ['4.2', 'Interested parties'],
  ['4.3', 'Scope of the ISMS'],
  ['4.4', 'Information security management system'],
  ['5.1', 'Leadership and commitment'],
  ['5.2', 'Policy'],
  ['5.3', 'Roles, responsibilities and authorities'],
  ['6.1.2', 'Information security risk assessment'],
  ['6.1.3', 'Information security risk treatment'],
  ['6.2', 'Information security objectives'],
  ['6.3', 'Planning of changes'],
  ['7.1', 'Resources'],
  ['7.2', 'Competence'],
  ['7.3', 'Awareness'],
  ['7.4', 'Communication'],
  ['7.5', 'Documented information'],
  ['8.1', 'Operational planning and control'],
  ['8.2', 'Information security risk assessment (results)'],
  ['8.3', 'Information security risk treatment (results)'],
  ['9.1', 'Monitoring, measurement, analysis and evaluation'],
  ['9.2', 'Internal audit'],
  ['9.3', 'Management review'],
  ['10.1', 'Continual improvement'],
  ['10.2', 'Nonconformity and corrective action'],
];

const expectedFor = (clause: string) =>
  Object.entries(DOCUMENTS)
    .filter(([, [, ...clauses]]) => clauses.includes(clause))
    .map(([templateId, [label]]) => ({ templateId, label }));

export const CLAUSE_REQUIREMENTS: readonly RequirementDefinition[] = CLAUSES.map(([id, title]) => ({
  id,
  title,
  area: id.split('.')[0]!,
  expected: expectedFor(id),
}));

const CLAUSE_AREAS: Titled = [
  ['4', 'Context'],
  ['5', 'Leadership'],
  ['6', 'Planning'],
  ['7', 'Support'],
  ['8', 'Operation'],
  ['9', 'Performance evaluation'],
  ['10', 'Improvement'],
];

/** Clauses 4-10, then the Annex A themes, each titled with its identifier. */
export const AREA_TITLES: Readonly<Record<string, string>> = Object.fromEntries(
  [...CLAUSE_AREAS, ...THEMES.map((t) => [t.id, t.title] as const)].map(([id, title]) => [
    id,
    `${id} ${title}`,
  ]),
);
