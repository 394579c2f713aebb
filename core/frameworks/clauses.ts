// ISO/IEC 27001:2022 clauses 4-10 that ask for documented information (identifiers and short titles).

export type DocumentedInformationKind = 'document' | 'record';

export type MandatoryClause = {
  readonly id: string;
  readonly title: string;
  readonly kind: DocumentedInformationKind;
};

export const MANDATORY_CLAUSES: readonly MandatoryClause[] = [
  { id: '4.3', title: 'ISMS scope', kind: 'document' },
  { id: '5.2', title: 'Information security policy', kind: 'document' },
  { id: '6.1.2', title: 'Risk assessment process', kind: 'document' },
  { id: '6.1.3', title: 'Risk treatment process', kind: 'document' },
  { id: '6.1.3(d)', title: 'Statement of Applicability', kind: 'document' },
  { id: '6.1.3(e)-(f)', title: 'Risk treatment plan and risk-owner approval', kind: 'document' },
  { id: '6.2', title: 'Information security objectives', kind: 'document' },
  { id: '7.2', title: 'Competence evidence', kind: 'record' },
  { id: '7.5.1(b)', title: 'Organization-determined documented information', kind: 'document' },
  { id: '8.1', title: 'Operational planning and control', kind: 'record' },
  { id: '8.2', title: 'Risk assessment results', kind: 'record' },
  { id: '8.3', title: 'Risk treatment results', kind: 'record' },
  { id: '9.1', title: 'Monitoring and measurement results', kind: 'record' },
  { id: '9.2.2', title: 'Internal audit programme and results', kind: 'record' },
  { id: '9.3.3', title: 'Management review results', kind: 'record' },
  { id: '10.2', title: 'Nonconformities and corrective actions', kind: 'record' },
];

/** Management review inputs (9.3.2) and outputs (9.3.3), by identifier and short title. */
export const MANAGEMENT_REVIEW_INPUTS: readonly { readonly id: string; readonly title: string }[] =
  [
    { id: '9.3.2 a)', title: 'Status of actions from previous management reviews' },
    { id: '9.3.2 b)', title: 'Changes in external and internal issues relevant to the ISMS' },
    {
      id: '9.3.2 c)',
      title: 'Changes in needs and expectations of interested parties relevant to the ISMS',
    },
    { id: '9.3.2 d)', title: 'Feedback on information security performance, including trends in:' },
    { id: '9.3.2 d) 1)', title: 'Nonconformities and corrective actions' },
    { id: '9.3.2 d) 2)', title: 'Monitoring and measurement results' },
    { id: '9.3.2 d) 3)', title: 'Audit results' },
    { id: '9.3.2 d) 4)', title: 'Fulfilment of information security objectives' },
    { id: '9.3.2 e)', title: 'Feedback from interested parties' },
    { id: '9.3.2 f)', title: 'Results of risk assessment and status of the risk treatment plan' },
    { id: '9.3.2 g)', title: 'Opportunities for continual improvement' },
  ];
