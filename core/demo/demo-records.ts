import type { z } from 'zod';
import type { registersSchema } from '../model/registers';

type RegistersInput = z.input<typeof registersSchema>;
type Rows<K extends keyof RegistersInput> = NonNullable<RegistersInput[K]>;

// Performance, audit and improvement records of the demo, dated after the ISMS documents were
// approved (5 October 2026): first audit 20-24 October, first management review 12 November.

export const DEMO_OBJECTIVES: Rows<'objectives'> = [
  {
    id: 'O-001',
    objective: 'Stop account takeover through phishing',
    plan: 'Issue security keys to every member of staff and switch off push approval (treatment T-002).',
    measure: 'Share of staff accounts using phishing-resistant MFA (metric M-001)',
    target: '100% of staff accounts',
    owner: 'liam-walsh',
    resources: 'Security keys budget approved at MR-001; IT time',
    dueDate: '2027-01-31',
    evaluation:
      'Monthly identity provider report reviewed by the CISO; reported at each management review.',
    status: 'on-track',
  },
  {
    id: 'O-002',
    objective: 'Make reporting phishing a habit',
    plan: 'Quarterly phishing simulations with a short lesson for anyone who clicks; report button in every mail client.',
    measure: 'Report rate and click rate in simulations (metric M-003)',
    target: 'Report rate 60% or more; click rate under 5%',
    owner: 'tom-becker',
    resources: 'Simulation service; ISMS Manager time',
    dueDate: '2027-03-31',
    evaluation: 'Results per quarter compared with the previous quarter and by team.',
    status: 'on-track',
  },
  {
    id: 'O-003',
    objective: 'Fix critical vulnerabilities within the policy deadline',
    plan: 'Weekly triage of scanner findings; dependency scanning that blocks merges (T-005).',
    measure: 'Median days to remediate critical findings (metric M-002)',
    target: 'Median at or under the policy deadline for critical findings',
    owner: 'kenji-sato',
    resources: 'Scanner licence; one engineer day a week',
    dueDate: '2027-03-31',
    evaluation: 'Monthly scanner export analysed by the Engineering Lead.',
    status: 'at-risk',
  },
  {
    id: 'O-004',
    objective: 'Keep the platform available to customers',
    plan: 'Three-zone hosting (T-009), release freeze at peak hours (T-016), quarterly restore tests (T-004).',
    measure: 'Monthly platform availability (metric M-004)',
    target: '99.9% or better every month',
    owner: 'daniel-reyes',
    resources: 'Hosting budget; on-call rota',
    dueDate: '2027-06-30',
    evaluation: 'Monthly availability report from the status page.',
    status: 'on-track',
  },
  {
    id: 'O-005',
    objective: 'Know the security of every supplier that holds customer or staff data',
    plan: 'Review each high and medium supplier with recorded evidence (T-006, IM-002).',
    measure:
      'Share of high and medium suppliers reviewed with evidence in the last year (metric M-005)',
    target: '100%',
    owner: 'hannah-price',
    resources: 'Legal time; questionnaire template',
    dueDate: '2027-02-28',
    evaluation: 'Supplier register checked each quarter by the ISMS Manager.',
    status: 'on-track',
  },
];

export const DEMO_METRICS: Rows<'metrics'> = [
  {
    id: 'M-001',
    name: 'Phishing-resistant MFA coverage',
    objective: 'O-001',
    method:
      'Accounts enrolled with a security key divided by active staff accounts, from the identity provider',
    frequency: 'monthly',
    target: '100%',
    owner: 'liam-walsh',
    analysedBy: 'priya-shah',
  },
  {
    id: 'M-002',
    name: 'Median days to remediate critical vulnerabilities',
    objective: 'O-003',
    method: 'Scanner export of critical findings closed in the month',
    frequency: 'monthly',
    target: 'At or under the policy deadline',
    owner: 'kenji-sato',
    analysedBy: 'priya-shah',
  },
  {
    id: 'M-003',
    name: 'Phishing simulation report rate',
    objective: 'O-002',
    method: 'Reports divided by simulated e-mails delivered',
    frequency: 'quarterly',
    target: '60% or more',
    owner: 'tom-becker',
    analysedBy: 'priya-shah',
  },
  {
    id: 'M-004',
    name: 'Platform availability',
    objective: 'O-004',
    method: 'Status page uptime for the month',
    frequency: 'monthly',
    target: '99.9%',
    owner: 'daniel-reyes',
    analysedBy: 'tom-becker',
  },
  {
    id: 'M-005',
    name: 'Suppliers reviewed with evidence',
    objective: 'O-005',
    method:
      'High and medium suppliers with a dated review and evidence, divided by all high and medium suppliers',
    frequency: 'quarterly',
    target: '100%',
    owner: 'hannah-price',
    analysedBy: 'tom-becker',
  },
  {
    id: 'M-006',
    name: 'Security training completion',
    method:
      'Staff who completed the yearly course divided by all staff, from the training platform',
    frequency: 'monthly',
    target: '100%',
    owner: 'sofia-marin',
    analysedBy: 'tom-becker',
  },
  {
    id: 'M-007',
    name: 'Access reviews completed on time',
    method: 'Systems reviewed within the interval divided by systems due',
    frequency: 'quarterly',
    target: '100%',
    owner: 'liam-walsh',
    analysedBy: 'priya-shah',
  },
];

type Result = [string, string, string, string, boolean, string?];
const RESULTS: Result[] = [
  ['MS-001', 'M-001', '2026-09-30', '12%', false, 'Roll-out started with administrators'],
  ['MS-002', 'M-001', '2026-10-31', '41%', false, 'Engineering complete'],
  ['MS-003', 'M-002', '2026-09-30', '16 days', false],
  [
    'MS-004',
    'M-002',
    '2026-10-31',
    '18 days',
    false,
    'Three findings waited for a vendor fix; NC-003 raised',
  ],
  ['MS-005', 'M-003', '2026-09-30', '48%', false],
  ['MS-006', 'M-004', '2026-09-30', '99.95%', true],
  ['MS-007', 'M-004', '2026-10-31', '99.97%', true],
  ['MS-008', 'M-005', '2026-09-30', '63%', false, 'Five of eight reviewed with evidence'],
  ['MS-009', 'M-006', '2026-09-30', '91%', false],
  ['MS-010', 'M-006', '2026-10-31', '96%', false, 'Two starters missed training (NC-001)'],
  ['MS-011', 'M-007', '2026-09-30', '100%', true],
];

export const DEMO_MEASUREMENTS: Rows<'measurements'> = RESULTS.map(
  ([id, metric, date, value, onTarget, note]) => ({
    id,
    metric,
    date,
    value,
    onTarget,
    note: note ?? '',
  }),
);

export const DEMO_COMPETENCE: Rows<'competence'> = [
  {
    id: 'K-001',
    person: 'priya-shah',
    kind: 'competence',
    requirement: 'Information security management qualification',
    evidence: 'CISSP certificate on file',
    date: '2024-05-10',
  },
  {
    id: 'K-002',
    person: 'tom-becker',
    kind: 'training',
    requirement: 'ISO/IEC 27001 Lead Implementer course',
    evidence: 'Course certificate on file',
    date: '2026-03-20',
  },
  {
    id: 'K-003',
    person: 'grace-lee',
    kind: 'competence',
    requirement: 'ISO/IEC 27001 Lead Auditor qualification and audit experience',
    evidence: 'Certificate and audit log',
    date: '2023-11-02',
  },
  {
    id: 'K-004',
    person: 'kenji-sato',
    kind: 'training',
    requirement: 'Secure coding course',
    evidence: 'Training platform record',
    date: '2026-06-14',
  },
  {
    id: 'K-005',
    person: 'aisha-khan',
    kind: 'competence',
    requirement: 'Data protection practitioner qualification',
    evidence: 'Certificate on file',
    date: '2025-02-03',
  },
  {
    id: 'K-006',
    person: 'liam-walsh',
    kind: 'training',
    requirement: 'Cloud identity administration course',
    evidence: 'Course certificate',
    date: '2026-04-22',
  },
  {
    id: 'K-007',
    person: 'sofia-marin',
    kind: 'awareness',
    requirement: 'Yearly security awareness course',
    evidence: 'Training platform record',
    date: '2026-09-16',
  },
  {
    id: 'K-008',
    person: 'daniel-reyes',
    kind: 'awareness',
    requirement: 'Yearly security awareness course',
    evidence: 'Training platform record',
    date: '2026-09-17',
  },
];

const ACKNOWLEDGED: [string, string][] = [
  ['maria-okafor', '2026-10-06'],
  ['daniel-reyes', '2026-10-06'],
  ['priya-shah', '2026-10-06'],
  ['tom-becker', '2026-10-06'],
  ['aisha-khan', '2026-10-07'],
  ['liam-walsh', '2026-10-07'],
  ['sofia-marin', '2026-10-08'],
  ['kenji-sato', '2026-10-09'],
  ['hannah-price', '2026-10-09'],
  ['owen-hughes', '2026-10-12'],
];

export const DEMO_ACKNOWLEDGEMENTS: Rows<'acknowledgements'> = ACKNOWLEDGED.map(
  ([person, on], i) => ({
    id: `ACK-${String(i + 1).padStart(3, '0')}`,
    person,
    document: 'BWA-POL-001',
    version: '1.0',
    acknowledgedOn: on,
  }),
);

export const DEMO_INCIDENTS: Rows<'incidents'> = [
  {
    id: 'INC-001',
    title: 'Phishing e-mail imitating the payroll bureau',
    reportedOn: '2026-08-14',
    occurredOn: '2026-08-14',
    category: 'phishing',
    severity: 'low',
    description: 'Twelve staff received a fake payslip notice; three reported it within minutes.',
    actions: 'Sender blocked; message removed from all mailboxes.',
    lessonsLearned: 'Reporting worked; added a report button to make it easier.',
    owner: 'priya-shah',
    status: 'closed',
    closedOn: '2026-08-15',
  },
  {
    id: 'INC-002',
    title: 'Laptop left on a train',
    reportedOn: '2026-09-03',
    occurredOn: '2026-09-02',
    category: 'physical',
    severity: 'medium',
    description: 'An engineer lost an encrypted laptop; it held cached support extracts.',
    actions:
      'Device locked and wiped remotely; sessions revoked; DPO judged no notifiable breach because the disk was encrypted.',
    lessonsLearned:
      'Cached extracts should not be on laptops; masking in support views added to the plan (T-020).',
    owner: 'liam-walsh',
    status: 'closed',
    closedOn: '2026-09-05',
  },
  {
    id: 'INC-003',
    title: 'Forecast report sent to the wrong customer contact',
    reportedOn: '2026-09-22',
    occurredOn: '2026-09-22',
    category: 'data-loss',
    severity: 'medium',
    description:
      "A support agent attached another customer's forecast to a ticket reply; no personal data was involved.",
    actions: 'Recipient confirmed deletion in writing; both customers informed.',
    lessonsLearned: 'Support replies now warn when an attachment belongs to another tenant.',
    owner: 'daniel-reyes',
    status: 'closed',
    closedOn: '2026-09-29',
  },
  {
    id: 'INC-004',
    title: 'Staging storage bucket briefly public',
    reportedOn: '2026-09-25',
    occurredOn: '2026-09-25',
    category: 'misconfiguration',
    severity: 'low',
    description: 'A staging bucket with synthetic data was public for forty minutes.',
    actions: 'Bucket closed; organisation policy to block public buckets brought forward (T-001).',
    lessonsLearned: 'Guardrails beat reviews for this class of mistake.',
    owner: 'daniel-reyes',
    status: 'closed',
    closedOn: '2026-10-08',
  },
  {
    id: 'INC-005',
    title: 'Support desk supplier reports credential stuffing on its service',
    reportedOn: '2026-11-18',
    occurredOn: '2026-11-16',
    category: 'supplier',
    severity: 'medium',
    description:
      'HelpLoop (S-005) reported attempts against customer accounts; our accounts use single sign-on and were not affected.',
    actions: 'Confirmed no successful sign-ins; asked the supplier for its final report.',
    lessonsLearned: '',
    owner: 'priya-shah',
    status: 'contained',
  },
];

export const DEMO_AUDITS: Rows<'audits'> = [
  {
    id: 'IA-001',
    title: 'First internal audit of the ISMS: clauses 4-10 and organisational controls',
    objectives:
      "Establish whether the ISMS conforms to the organisation's own requirements and to ISO/IEC 27001 clauses 4-10, and whether controls 5.1-5.37 operate as the SoA states, before the certification audit.",
    criteria:
      'ISO/IEC 27001:2022 clauses 4-10; the approved ISMS documents; the SoA of 5 October 2026',
    scope:
      'All ISMS clauses and controls 5.1-5.37; records from the ISMS launch on 5 October 2026 to the audit',
    auditor: 'Grace Lee',
    auditees:
      'Tom Becker (ISMS), Priya Shah (security), Sofia Marin (HR), Liam Walsh (IT), Hannah Price (suppliers)',
    plannedDate: '2026-10-20',
    completedDate: '2026-10-24',
    status: 'completed',
    summary:
      'The ISMS is in place and operating. Two minor nonconformities and two opportunities for improvement were raised; no major nonconformity.',
  },
  {
    id: 'IA-002',
    title: 'Internal audit of technological controls',
    objectives:
      'Establish whether controls 8.1-8.34 operate as the SoA states and follow up NC-002.',
    criteria: 'SoA; topic policies for access, development, operations and backup',
    scope: 'Controls 8.1-8.34; production and staging accounts',
    auditor: 'Grace Lee',
    auditees: 'Kenji Sato, Liam Walsh, Daniel Reyes',
    plannedDate: '2027-02-15',
    status: 'planned',
  },
  {
    id: 'IA-003',
    title: 'Internal audit of people and physical controls',
    objectives:
      'Establish whether controls 6.1-6.8 and 7.1-7.14 operate as the SoA states, including the office visit.',
    criteria: 'SoA; HR security, physical security and remote working policies',
    scope: 'Controls 6.1-6.8 and 7.1-7.14, including a visit to the Bristol office',
    auditor: 'Grace Lee',
    auditees: 'Sofia Marin, Owen Hughes',
    plannedDate: '2027-04-12',
    status: 'planned',
  },
];

export const DEMO_FINDINGS: Rows<'findings'> = [
  {
    id: 'F-001',
    audit: 'IA-001',
    type: 'minor',
    clause: '7.2',
    description: 'Training records for two of the ten starters since August were missing.',
    evidence:
      'On-boarding checklists for ten joiners sampled with Sofia Marin; training platform records for each',
    nonconformity: 'NC-001',
  },
  {
    id: 'F-002',
    audit: 'IA-001',
    type: 'minor',
    clause: '5.18',
    description: 'One leaver account remained active for nine days after departure.',
    evidence:
      'Leaver list from the HR system compared with the identity provider user report, with Liam Walsh',
    nonconformity: 'NC-002',
  },
  {
    id: 'F-003',
    audit: 'IA-001',
    type: 'opportunity',
    clause: '9.1',
    description:
      'Metrics are kept in separate spreadsheets; one dashboard would show trends to management.',
    evidence: 'Metric files for M-001 to M-007 shown by Tom Becker',
  },
  {
    id: 'F-004',
    audit: 'IA-001',
    type: 'opportunity',
    clause: '5.22',
    description: 'Supplier reviews record the outcome but not the evidence examined.',
    evidence: 'Supplier reviews S-001, S-003 and S-005 sampled with Hannah Price',
  },
];

export const DEMO_NONCONFORMITIES: Rows<'nonconformities'> = [
  {
    id: 'NC-001',
    raisedOn: '2026-10-24',
    source: 'Internal audit IA-001, finding F-001',
    grade: 'minor',
    description: 'Training records for two new starters were missing.',
    rootCause: 'The on-boarding checklist did not include the training step.',
    correction: 'Both starters completed training on 28 October 2026.',
    correctiveAction: 'Training step added to the on-boarding checklist with HR sign-off (T-027).',
    owner: 'sofia-marin',
    dueDate: '2026-11-30',
    status: 'closed',
    verifiedBy: 'grace-lee',
    verifiedOn: '2026-11-20',
    effective: true,
    verificationNote:
      'Checklists of the three joiners since 3 November all show training completed in the first week.',
    closedOn: '2026-11-20',
  },
  {
    id: 'NC-002',
    raisedOn: '2026-10-24',
    source: 'Internal audit IA-001, finding F-002',
    grade: 'minor',
    description: 'A leaver account remained active for nine days after departure.',
    rootCause: 'Leaver notices are sent by e-mail and were missed during holidays.',
    correction:
      'Account disabled on 24 October 2026; its sign-in log showed no use after departure.',
    correctiveAction: 'Automated de-provisioning from the HR system (T-007).',
    owner: 'liam-walsh',
    dueDate: '2027-01-15',
    status: 'in-progress',
  },
  {
    id: 'NC-003',
    raisedOn: '2026-10-31',
    source: 'Monitoring: metric M-002',
    grade: 'minor',
    description: 'Three critical vulnerabilities were fixed after the policy deadline.',
    rootCause: 'Findings waiting for a vendor fix had no interim mitigation or exception.',
    correction: 'Interim mitigations applied to the two still open.',
    correctiveAction: 'Weekly triage with a recorded exception whenever a deadline cannot be met.',
    owner: 'kenji-sato',
    dueDate: '2027-02-28',
    status: 'in-progress',
  },
];

export const DEMO_IMPROVEMENTS: Rows<'improvements'> = [
  {
    id: 'IM-001',
    raisedOn: '2026-10-24',
    source: 'Internal audit IA-001, finding F-003',
    description: 'One dashboard for all security metrics',
    owner: 'tom-becker',
    status: 'accepted',
    outcome: 'Accepted at MR-001; action 4 of that review.',
  },
  {
    id: 'IM-002',
    raisedOn: '2026-10-24',
    source: 'Internal audit IA-001, finding F-004',
    description: 'Record the evidence examined in each supplier review',
    owner: 'hannah-price',
    status: 'implemented',
    outcome: 'Review template now has an evidence section; used from 10 November 2026.',
    completedOn: '2026-11-10',
  },
  {
    id: 'IM-003',
    raisedOn: '2026-08-15',
    source: 'Incident INC-001',
    description: 'Report button for suspicious e-mail in every mail client',
    owner: 'liam-walsh',
    status: 'implemented',
    outcome: 'Installed for all staff; reports doubled in September.',
    completedOn: '2026-08-29',
  },
];

export const DEMO_MANAGEMENT_REVIEWS: Rows<'managementReviews'> = [
  {
    id: 'MR-001',
    date: '2026-11-12',
    chair: 'maria-okafor',
    attendees: [
      'maria-okafor',
      'daniel-reyes',
      'priya-shah',
      'tom-becker',
      'sofia-marin',
      'hannah-price',
    ],
    inputs: {
      a: 'This is the first management review, so there were no earlier actions to follow up.',
      b: 'Headcount reached 85; hybrid working continues. The conclusion on climate change (relevant, limited effect) was confirmed.',
      c: 'Two enterprise customers now require certification by mid-2027, which the MSA security schedule (L-003) already reflects.',
      d: 'Performance was discussed under the four headings below, with the figures drawn from the registers on the day.',
      e: 'Customer questionnaires asked for more assurance on sub-processors; no complaints were received.',
      f: 'Thirty risks assessed; fourteen residual risks accepted, each after its treatment was completed and checked; eleven still being treated; the rest await the check before acceptance.',
      g: 'Metrics dashboard (IM-001); supplier review evidence (IM-002, done); automated leaver process (T-007).',
    },
    figuresAsOf: '2026-11-12',
    figures: {
      d: [
        { label: 'Nonconformities open', value: 3 },
        { label: 'Nonconformities closed', value: 0 },
        { label: 'Metrics on target at last result', value: 2 },
        { label: 'Metrics off target at last result', value: 5 },
        { label: 'Audits completed', value: 1 },
        { label: 'Audit findings raised', value: 4 },
        { label: 'Objectives on track', value: 4 },
        { label: 'Objectives at risk', value: 1 },
      ],
      f: [
        { label: 'Risks assessed', value: 30 },
        { label: 'Risks rated High before treatment', value: 2 },
        { label: 'Treatment actions open', value: 12 },
      ],
    },
    decisions: [
      'The ISMS is suitable, adequate and effective for the certification timetable; the conclusion is shared with all staff (action 1).',
      'Budget approved for security keys for all staff (action 2).',
      'Supplier reviews must include sub-processor assurance evidence (action 3).',
      'Metrics are reported on one dashboard each month (action 4).',
      'The vulnerability objective is recovered through weekly triage (action 5).',
    ],
    actions: [
      {
        action: 'Share the review conclusion and certification timetable with all staff',
        owner: 'tom-becker',
        dueDate: '2026-11-30',
      },
      {
        action: 'Buy security keys and complete the roll-out (T-002)',
        owner: 'liam-walsh',
        dueDate: '2027-01-31',
      },
      {
        action: 'Add sub-processor assurance evidence to every supplier review (T-006)',
        owner: 'hannah-price',
        dueDate: '2027-02-28',
      },
      {
        action: 'Publish a monthly security metrics dashboard (IM-001)',
        owner: 'tom-becker',
        dueDate: '2027-01-31',
      },
      {
        action: 'Run weekly vulnerability triage (NC-003)',
        owner: 'kenji-sato',
        dueDate: '2027-02-28',
      },
    ],
  },
];
