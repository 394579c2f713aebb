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

/** How each expected document is named in the report, once for every requirement it answers. */
const LABELS = {
  'context-of-the-organisation': 'Context of the organisation',
  'isms-scope': 'ISMS scope',
  'information-security-policy': 'Information security policy',
  'isms-roles-and-responsibilities': 'ISMS roles and responsibilities',
  'risk-assessment-and-treatment-methodology': 'Risk assessment methodology',
  'statement-of-applicability': 'Statement of Applicability',
  'risk-treatment-plan': 'Risk treatment plan',
  'information-security-objectives': 'Information security objectives',
  'competence-training-and-awareness-procedure': 'Competence, training and awareness',
  'communication-plan': 'Communication plan',
  'document-and-record-control-procedure': 'Document and record control',
  'operational-planning-and-control': 'Operational planning and control',
  'risk-assessment-report': 'Risk assessment report',
  'monitoring-measurement-and-metrics-procedure': 'Monitoring and measurement',
  'internal-audit-procedure': 'Internal audit procedure and programme',
  'internal-audit-report': 'Internal audit report',
  'management-review-procedure': 'Management review procedure',
  'management-review-minutes': 'Management review minutes',
  'continual-improvement': 'Continual improvement',
  'nonconformity-and-corrective-action-procedure': 'Nonconformity and corrective action',
} as const;

type Expected = keyof typeof LABELS;

/** Identifier, short title and the documents expected; a requirement's area is its clause. */
const CLAUSES: readonly (readonly [id: string, title: string, ...expected: Expected[]])[] = [
  ['4.1', 'Organisation and its context', 'context-of-the-organisation'],
  ['4.2', 'Interested parties', 'context-of-the-organisation'],
  ['4.3', 'Scope of the ISMS', 'isms-scope'],
  ['4.4', 'Information security management system'],
  ['5.1', 'Leadership and commitment'],
  ['5.2', 'Policy', 'information-security-policy'],
  ['5.3', 'Roles, responsibilities and authorities', 'isms-roles-and-responsibilities'],
  ['6.1.2', 'Information security risk assessment', 'risk-assessment-and-treatment-methodology'],
  [
    '6.1.3',
    'Information security risk treatment',
    'statement-of-applicability',
    'risk-treatment-plan',
  ],
  ['6.2', 'Information security objectives', 'information-security-objectives'],
  ['6.3', 'Planning of changes'],
  ['7.1', 'Resources'],
  ['7.2', 'Competence', 'competence-training-and-awareness-procedure'],
  ['7.3', 'Awareness', 'competence-training-and-awareness-procedure'],
  ['7.4', 'Communication', 'communication-plan'],
  ['7.5', 'Documented information', 'document-and-record-control-procedure'],
  ['8.1', 'Operational planning and control', 'operational-planning-and-control'],
  ['8.2', 'Information security risk assessment (results)', 'risk-assessment-report'],
  ['8.3', 'Information security risk treatment (results)', 'risk-treatment-plan'],
  [
    '9.1',
    'Monitoring, measurement, analysis and evaluation',
    'monitoring-measurement-and-metrics-procedure',
  ],
  ['9.2', 'Internal audit', 'internal-audit-procedure', 'internal-audit-report'],
  ['9.3', 'Management review', 'management-review-procedure', 'management-review-minutes'],
  ['10.1', 'Continual improvement', 'continual-improvement'],
  ['10.2', 'Nonconformity and corrective action', 'nonconformity-and-corrective-action-procedure'],
];

export const CLAUSE_REQUIREMENTS: readonly RequirementDefinition[] = CLAUSES.map(
  ([id, title, ...expected]) => ({
    id,
    title,
    area: id.split('.')[0]!,
    expected: expected.map((templateId) => ({ templateId, label: LABELS[templateId] })),
  }),
);

const CLAUSE_AREAS = [
  ['4', 'Context'],
  ['5', 'Leadership'],
  ['6', 'Planning'],
  ['7', 'Support'],
  ['8', 'Operation'],
  ['9', 'Performance evaluation'],
  ['10', 'Improvement'],
] as const;

/** Clauses 4-10, then the Annex A themes, each titled with its identifier. */
export const AREA_TITLES: Readonly<Record<string, string>> = Object.fromEntries(
  [...CLAUSE_AREAS, ...THEMES.map((t) => [t.id, t.title] as const)].map(([id, title]) => [
    id,
    `${id} ${title}`,
  ]),
);
