// AICPA Trust Services Criteria (2017, points of focus revised 2022): identifiers and short paraphrased titles.

export type TscCategory =
  'security' | 'availability' | 'confidentiality' | 'processingIntegrity' | 'privacy';

export type TrustServicesCriterion = {
  readonly id: string;
  readonly title: string;
  readonly series: string;
  readonly category: TscCategory;
};

export const TRUST_SERVICES_CRITERIA: readonly TrustServicesCriterion[] = [
  {
    id: 'CC1.1',
    title: 'Commitment to integrity and ethical values',
    series: 'CC1',
    category: 'security',
  },
  {
    id: 'CC1.2',
    title: 'Board independence and oversight of internal control',
    series: 'CC1',
    category: 'security',
  },
  {
    id: 'CC1.3',
    title: 'Structures, reporting lines, authorities and responsibilities',
    series: 'CC1',
    category: 'security',
  },
  {
    id: 'CC1.4',
    title: 'Attracting, developing and retaining competent people',
    series: 'CC1',
    category: 'security',
  },
  {
    id: 'CC1.5',
    title: 'Holding individuals accountable for internal control',
    series: 'CC1',
    category: 'security',
  },
  {
    id: 'CC2.1',
    title: 'Obtaining and using relevant, quality information',
    series: 'CC2',
    category: 'security',
  },
  {
    id: 'CC2.2',
    title: 'Internal communication of objectives and responsibilities',
    series: 'CC2',
    category: 'security',
  },
  {
    id: 'CC2.3',
    title: 'Communication with external parties',
    series: 'CC2',
    category: 'security',
  },
  {
    id: 'CC3.1',
    title: 'Specifying objectives clearly enough to identify risks',
    series: 'CC3',
    category: 'security',
  },
  { id: 'CC3.2', title: 'Identifying and analysing risks', series: 'CC3', category: 'security' },
  { id: 'CC3.3', title: 'Considering potential for fraud', series: 'CC3', category: 'security' },
  {
    id: 'CC3.4',
    title: 'Identifying and assessing significant changes',
    series: 'CC3',
    category: 'security',
  },
  {
    id: 'CC4.1',
    title: 'Ongoing and/or separate evaluations of controls',
    series: 'CC4',
    category: 'security',
  },
  {
    id: 'CC4.2',
    title: 'Evaluating and communicating control deficiencies',
    series: 'CC4',
    category: 'security',
  },
  {
    id: 'CC5.1',
    title: 'Selecting and developing risk-mitigating control activities',
    series: 'CC5',
    category: 'security',
  },
  {
    id: 'CC5.2',
    title: 'General control activities over technology',
    series: 'CC5',
    category: 'security',
  },
  {
    id: 'CC5.3',
    title: 'Deploying controls through policies and procedures',
    series: 'CC5',
    category: 'security',
  },
  {
    id: 'CC6.1',
    title: 'Logical access security software, infrastructure and architecture',
    series: 'CC6',
    category: 'security',
  },
  {
    id: 'CC6.2',
    title: 'Registering and authorizing users before issuing credentials',
    series: 'CC6',
    category: 'security',
  },
  {
    id: 'CC6.3',
    title: 'Granting, modifying and removing access (role-based, least privilege)',
    series: 'CC6',
    category: 'security',
  },
  { id: 'CC6.4', title: 'Restricting physical access', series: 'CC6', category: 'security' },
  {
    id: 'CC6.5',
    title:
      'Discontinuing protections only after data is unrecoverable (disposal of physical assets)',
    series: 'CC6',
    category: 'security',
  },
  {
    id: 'CC6.6',
    title: 'Protecting against threats from outside system boundaries',
    series: 'CC6',
    category: 'security',
  },
  {
    id: 'CC6.7',
    title: 'Restricting transmission, movement and removal of information',
    series: 'CC6',
    category: 'security',
  },
  {
    id: 'CC6.8',
    title: 'Preventing or detecting unauthorized or malicious software',
    series: 'CC6',
    category: 'security',
  },
  {
    id: 'CC7.1',
    title: 'Detecting configuration changes and newly discovered vulnerabilities',
    series: 'CC7',
    category: 'security',
  },
  {
    id: 'CC7.2',
    title: 'Monitoring system components for anomalies',
    series: 'CC7',
    category: 'security',
  },
  {
    id: 'CC7.3',
    title: 'Evaluating security events to decide if they are incidents',
    series: 'CC7',
    category: 'security',
  },
  { id: 'CC7.4', title: 'Responding to security incidents', series: 'CC7', category: 'security' },
  { id: 'CC7.5', title: 'Recovering from security incidents', series: 'CC7', category: 'security' },
  {
    id: 'CC8.1',
    title: 'Change management for infrastructure, data, software and procedures',
    series: 'CC8',
    category: 'security',
  },
  {
    id: 'CC9.1',
    title: 'Mitigating risks from potential business disruptions',
    series: 'CC9',
    category: 'security',
  },
  {
    id: 'CC9.2',
    title: 'Managing vendor and business-partner risk',
    series: 'CC9',
    category: 'security',
  },
  { id: 'A1.1', title: 'Capacity planning and management', series: 'A1', category: 'availability' },
  {
    id: 'A1.2',
    title: 'Environmental protections, backup and recovery infrastructure',
    series: 'A1',
    category: 'availability',
  },
  { id: 'A1.3', title: 'Testing recovery plan procedures', series: 'A1', category: 'availability' },
  {
    id: 'C1.1',
    title: 'Identifying and protecting confidential information',
    series: 'C1',
    category: 'confidentiality',
  },
  {
    id: 'C1.2',
    title: 'Disposing of confidential information',
    series: 'C1',
    category: 'confidentiality',
  },
  {
    id: 'PI1.1',
    title: 'Information about processing objectives and specifications',
    series: 'PI1',
    category: 'processingIntegrity',
  },
  {
    id: 'PI1.2',
    title: 'Controls over system inputs',
    series: 'PI1',
    category: 'processingIntegrity',
  },
  {
    id: 'PI1.3',
    title: 'Controls over system processing',
    series: 'PI1',
    category: 'processingIntegrity',
  },
  {
    id: 'PI1.4',
    title: 'Controls over system outputs',
    series: 'PI1',
    category: 'processingIntegrity',
  },
  {
    id: 'PI1.5',
    title: 'Storing inputs, items in processing and outputs',
    series: 'PI1',
    category: 'processingIntegrity',
  },
  { id: 'P1.1', title: 'Privacy notice to data subjects', series: 'P1', category: 'privacy' },
  {
    id: 'P2.1',
    title: 'Communicating choices and obtaining consent',
    series: 'P2',
    category: 'privacy',
  },
  {
    id: 'P3.1',
    title: 'Collecting personal information consistent with objectives',
    series: 'P3',
    category: 'privacy',
  },
  {
    id: 'P3.2',
    title: 'Explicit consent where required for collection',
    series: 'P3',
    category: 'privacy',
  },
  {
    id: 'P4.1',
    title: 'Limiting use of personal information to identified purposes',
    series: 'P4',
    category: 'privacy',
  },
  {
    id: 'P4.2',
    title: 'Retaining personal information appropriately',
    series: 'P4',
    category: 'privacy',
  },
  {
    id: 'P4.3',
    title: 'Securely disposing of personal information',
    series: 'P4',
    category: 'privacy',
  },
  {
    id: 'P5.1',
    title: 'Data-subject access to their personal information',
    series: 'P5',
    category: 'privacy',
  },
  {
    id: 'P5.2',
    title: 'Correcting or amending personal information',
    series: 'P5',
    category: 'privacy',
  },
  {
    id: 'P6.1',
    title: 'Disclosing personal information to third parties with consent',
    series: 'P6',
    category: 'privacy',
  },
  { id: 'P6.2', title: 'Recording authorized disclosures', series: 'P6', category: 'privacy' },
  {
    id: 'P6.3',
    title: 'Recording detected or reported unauthorized disclosures',
    series: 'P6',
    category: 'privacy',
  },
  {
    id: 'P6.4',
    title: 'Privacy commitments from vendors and third parties',
    series: 'P6',
    category: 'privacy',
  },
  {
    id: 'P6.5',
    title: 'Third parties to notify the entity of unauthorized disclosures',
    series: 'P6',
    category: 'privacy',
  },
  {
    id: 'P6.6',
    title: 'Notifying affected parties of breaches and incidents',
    series: 'P6',
    category: 'privacy',
  },
  {
    id: 'P6.7',
    title: 'Accounting of personal information held and disclosed',
    series: 'P6',
    category: 'privacy',
  },
  {
    id: 'P7.1',
    title: 'Keeping personal information accurate, complete and relevant',
    series: 'P7',
    category: 'privacy',
  },
  {
    id: 'P8.1',
    title: 'Handling privacy inquiries, complaints and disputes; monitoring compliance',
    series: 'P8',
    category: 'privacy',
  },
];
