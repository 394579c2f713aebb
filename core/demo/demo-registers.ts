import type { z } from 'zod';
import type { registersSchema } from '../model/registers';
import { DEMO_ASSETS, DEMO_SUPPLIERS } from './demo-assets';
import { DEMO_CLIMATE_CHANGE, DEMO_LEGAL_REQUIREMENTS } from './demo-context';
import {
  DEMO_ACKNOWLEDGEMENTS,
  DEMO_AUDITS,
  DEMO_COMPETENCE,
  DEMO_FINDINGS,
  DEMO_IMPROVEMENTS,
  DEMO_INCIDENTS,
  DEMO_MANAGEMENT_REVIEWS,
  DEMO_MEASUREMENTS,
  DEMO_METRICS,
  DEMO_NONCONFORMITIES,
  DEMO_OBJECTIVES,
} from './demo-records';
import { RISKS, TREATMENTS } from './demo-risks';
import { DEMO_SOA } from './demo-soa';

type RegistersInput = z.input<typeof registersSchema>;

/** The risk method was approved by the CEO at the leadership meeting before the assessment. */
export const DEMO_REGISTERS: RegistersInput = {
  riskMethod: {
    acceptanceThreshold: 6,
    status: 'approved',
    approvedBy: 'maria-okafor',
    approvedOn: '2026-09-08',
  },
  climateChange: DEMO_CLIMATE_CHANGE,
  contextIssues: [
    {
      id: 'C-001',
      type: 'external',
      issue: 'Retail customers ask for ISO/IEC 27001 certification in tenders',
      effect: 'Certification is needed to win and renew enterprise contracts.',
    },
    {
      id: 'C-002',
      type: 'external',
      issue: 'UK GDPR and US state privacy laws apply to customer data',
      effect: 'Privacy obligations shape data handling, retention and supplier contracts.',
    },
    {
      id: 'C-003',
      type: 'external',
      issue: 'Reliance on a single cloud hosting provider',
      effect: 'Provider outages and changes directly affect platform availability.',
    },
    {
      id: 'C-004',
      type: 'external',
      issue: 'Rising phishing and ransomware activity against SaaS firms',
      effect: 'Identity and endpoint protection must keep pace with attacker techniques.',
    },
    {
      id: 'C-005',
      type: 'internal',
      issue: 'Fast headcount growth (from 50 to 85 staff in a year)',
      effect: 'On-boarding, awareness and access management must scale.',
    },
    {
      id: 'C-006',
      type: 'internal',
      issue: 'Hybrid working with most engineers remote',
      effect:
        'Security relies on managed devices and cloud identity rather than the office network.',
    },
    {
      id: 'C-007',
      type: 'internal',
      issue: 'Small security team of two people',
      effect: 'Automation and clear ownership across teams are essential.',
    },
  ],
  interestedParties: [
    {
      id: 'P-001',
      party: 'Customers',
      requirements:
        'Confidentiality of their data, platform availability of 99.9%, evidence of certification, breach notification within agreed times.',
      addressedBy: 'ISMS scope, SoA, incident management procedure, service level agreements.',
    },
    {
      id: 'P-002',
      party: 'Employees and contractors',
      requirements: 'Clear rules, training, protection of their personal data.',
      addressedBy: 'Acceptable use policy, awareness programme, HR security policy.',
    },
    {
      id: 'P-003',
      party: 'Investors and board',
      requirements: 'Managed risk, regulatory compliance, successful certification.',
      addressedBy: 'Management review, risk register, objectives.',
    },
    {
      id: 'P-004',
      party: "Information Commissioner's Office",
      requirements: 'Compliance with UK GDPR, breach reporting within 72 hours.',
      addressedBy: 'Legal requirements register, incident management procedure.',
    },
    {
      id: 'P-005',
      party: 'Suppliers and sub-processors',
      requirements: 'Clear security requirements and data processing terms.',
      addressedBy: 'Supplier security policy, data processing agreements.',
    },
  ],
  legalRequirements: DEMO_LEGAL_REQUIREMENTS,
  assets: DEMO_ASSETS,
  suppliers: DEMO_SUPPLIERS,
  risks: RISKS,
  treatments: TREATMENTS,
  soa: DEMO_SOA,
  objectives: DEMO_OBJECTIVES,
  metrics: DEMO_METRICS,
  measurements: DEMO_MEASUREMENTS,
  competence: DEMO_COMPETENCE,
  acknowledgements: DEMO_ACKNOWLEDGEMENTS,
  incidents: DEMO_INCIDENTS,
  audits: DEMO_AUDITS,
  findings: DEMO_FINDINGS,
  nonconformities: DEMO_NONCONFORMITIES,
  improvements: DEMO_IMPROVEMENTS,
  managementReviews: DEMO_MANAGEMENT_REVIEWS,
};
