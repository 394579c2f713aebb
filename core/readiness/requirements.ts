// Clauses 4.1 to 10.2 of ISO/IEC 27001:2022 by identifier and short title, each with the
// documented information a Stage 1 auditor expects to read for it (by template id).

export type RequirementDefinition = {
  readonly id: string;
  readonly title: string;
  /** The top-level clause (`4`...`10`) or Annex A theme (`A.5`...). */
  readonly area: string;
  readonly expected: readonly { readonly templateId: string; readonly label: string }[];
};

const doc = (templateId: string, label: string) => ({ templateId, label });

export const CLAUSE_REQUIREMENTS: readonly RequirementDefinition[] = [
  {
    id: '4.1',
    title: 'Organisation and its context',
    area: '4',
    expected: [doc('context-of-the-organisation', 'Context of the organisation')],
  },
  {
    id: '4.2',
    title: 'Interested parties',
    area: '4',
    expected: [doc('context-of-the-organisation', 'Context of the organisation')],
  },
  { id: '4.3', title: 'Scope of the ISMS', area: '4', expected: [doc('isms-scope', 'ISMS scope')] },
  { id: '4.4', title: 'Information security management system', area: '4', expected: [] },
  { id: '5.1', title: 'Leadership and commitment', area: '5', expected: [] },
  {
    id: '5.2',
    title: 'Policy',
    area: '5',
    expected: [doc('information-security-policy', 'Information security policy')],
  },
  {
    id: '5.3',
    title: 'Roles, responsibilities and authorities',
    area: '5',
    expected: [doc('isms-roles-and-responsibilities', 'ISMS roles and responsibilities')],
  },
  {
    id: '6.1.2',
    title: 'Information security risk assessment',
    area: '6',
    expected: [doc('risk-assessment-and-treatment-methodology', 'Risk assessment methodology')],
  },
  {
    id: '6.1.3',
    title: 'Information security risk treatment',
    area: '6',
    expected: [
      doc('statement-of-applicability', 'Statement of Applicability'),
      doc('risk-treatment-plan', 'Risk treatment plan'),
    ],
  },
  {
    id: '6.2',
    title: 'Information security objectives',
    area: '6',
    expected: [doc('information-security-objectives', 'Information security objectives')],
  },
  { id: '6.3', title: 'Planning of changes', area: '6', expected: [] },
  { id: '7.1', title: 'Resources', area: '7', expected: [] },
  {
    id: '7.2',
    title: 'Competence',
    area: '7',
    expected: [
      doc('competence-training-and-awareness-procedure', 'Competence, training and awareness'),
    ],
  },
  {
    id: '7.3',
    title: 'Awareness',
    area: '7',
    expected: [
      doc('competence-training-and-awareness-procedure', 'Competence, training and awareness'),
    ],
  },
  {
    id: '7.4',
    title: 'Communication',
    area: '7',
    expected: [doc('communication-plan', 'Communication plan')],
  },
  {
    id: '7.5',
    title: 'Documented information',
    area: '7',
    expected: [doc('document-and-record-control-procedure', 'Document and record control')],
  },
  {
    id: '8.1',
    title: 'Operational planning and control',
    area: '8',
    expected: [doc('operational-planning-and-control', 'Operational planning and control')],
  },
  {
    id: '8.2',
    title: 'Information security risk assessment (results)',
    area: '8',
    expected: [doc('risk-assessment-report', 'Risk assessment report')],
  },
  {
    id: '8.3',
    title: 'Information security risk treatment (results)',
    area: '8',
    expected: [doc('risk-treatment-plan', 'Risk treatment plan')],
  },
  {
    id: '9.1',
    title: 'Monitoring, measurement, analysis and evaluation',
    area: '9',
    expected: [doc('monitoring-measurement-and-metrics-procedure', 'Monitoring and measurement')],
  },
  {
    id: '9.2',
    title: 'Internal audit',
    area: '9',
    expected: [
      doc('internal-audit-procedure', 'Internal audit procedure and programme'),
      doc('internal-audit-report', 'Internal audit report'),
    ],
  },
  {
    id: '9.3',
    title: 'Management review',
    area: '9',
    expected: [
      doc('management-review-procedure', 'Management review procedure'),
      doc('management-review-minutes', 'Management review minutes'),
    ],
  },
  {
    id: '10.1',
    title: 'Continual improvement',
    area: '10',
    expected: [doc('continual-improvement', 'Continual improvement')],
  },
  {
    id: '10.2',
    title: 'Nonconformity and corrective action',
    area: '10',
    expected: [
      doc('nonconformity-and-corrective-action-procedure', 'Nonconformity and corrective action'),
    ],
  },
];

export const AREA_TITLES: Readonly<Record<string, string>> = {
  '4': '4 Context',
  '5': '5 Leadership',
  '6': '6 Planning',
  '7': '7 Support',
  '8': '8 Operation',
  '9': '9 Performance evaluation',
  '10': '10 Improvement',
  'A.5': 'A.5 Organisational controls',
  'A.6': 'A.6 People controls',
  'A.7': 'A.7 Physical controls',
  'A.8': 'A.8 Technological controls',
};
