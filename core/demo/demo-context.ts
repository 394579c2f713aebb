import type { z } from 'zod';
import type { registersSchema } from '../model/registers';

type RegistersInput = z.input<typeof registersSchema>;

export const DEMO_CLIMATE_CHANGE: RegistersInput['climateChange'] = {
  relevant: true,
  reason:
    'Relevant, with a limited effect on information security. Flooding or extreme heat could close the Bristol office or a cloud region; staff can work from home and the platform runs across three availability zones, so no further control is needed now. Customers ask about climate commitments in tenders, which is handled outside the ISMS. Reviewed at each management review.',
  decidedOn: '2026-09-08',
};

export const DEMO_LEGAL_REQUIREMENTS: NonNullable<RegistersInput['legalRequirements']> = [
  {
    id: 'L-001',
    requirement:
      'UK GDPR and Data Protection Act 2018: lawful processing, security of processing, breach notification, processor contracts',
    type: 'legal',
    source: 'UK legislation; ICO guidance',
    jurisdiction: 'United Kingdom',
    owner: 'aisha-khan',
    howMet: 'Records of processing, DPIA gate, breach procedure, data processing agreements',
    lastReviewed: '2026-09-05',
  },
  {
    id: 'L-002',
    requirement:
      'US state privacy laws applying to service providers (for example California CCPA as amended)',
    type: 'legal',
    source: 'State legislation',
    jurisdiction: 'United States',
    owner: 'aisha-khan',
    howMet: 'Service provider terms in customer contracts; no sale or sharing of personal data',
    lastReviewed: '2026-09-05',
  },
  {
    id: 'L-003',
    requirement:
      'Customer master subscription agreement security schedule: encryption, MFA, annual penetration test, breach notice, 99.9% availability, certification by mid-2027',
    type: 'contractual',
    source: 'Standard MSA, version 4',
    jurisdiction: 'England and Wales',
    owner: 'hannah-price',
    howMet: 'Controls mapped in the SoA; evidence pack for customer questionnaires',
    lastReviewed: '2026-09-12',
  },
  {
    id: 'L-004',
    requirement:
      'Customer data processing agreements: act on instructions, sub-processor notice, deletion at contract end',
    type: 'contractual',
    source: 'Standard DPA, version 3',
    jurisdiction: 'United Kingdom and EU',
    owner: 'aisha-khan',
    howMet: 'Sub-processor list, automated tenant deletion, supplier clauses',
    lastReviewed: '2026-09-12',
  },
  {
    id: 'L-005',
    requirement: 'Computer Misuse Act 1990: unauthorised access offences and reporting',
    type: 'legal',
    source: 'UK legislation',
    jurisdiction: 'United Kingdom',
    owner: 'priya-shah',
    howMet: 'Acceptable use policy; incident procedure and evidence collection',
    lastReviewed: '2026-09-05',
  },
  {
    id: 'L-006',
    requirement: 'Companies Act 2006 and tax record-keeping rules',
    type: 'statutory',
    source: 'UK legislation; HMRC',
    jurisdiction: 'United Kingdom',
    owner: 'hannah-price',
    howMet: 'Retention schedule in the deletion and retention policy',
    lastReviewed: '2026-09-05',
  },
  {
    id: 'L-007',
    requirement: 'Employment law: right-to-work checks, fair screening, written terms',
    type: 'statutory',
    source: 'UK legislation; US federal and state rules for US staff',
    jurisdiction: 'United Kingdom and United States',
    owner: 'sofia-marin',
    howMet: 'Screening checklist; employment contract template',
    lastReviewed: '2026-09-05',
  },
  {
    id: 'L-008',
    requirement: 'Copyright and open-source licence terms for software in the product',
    type: 'legal',
    source: 'Copyright, Designs and Patents Act 1988; licence texts',
    jurisdiction: 'International',
    owner: 'kenji-sato',
    howMet: 'Licence scanning in the build pipeline',
    lastReviewed: '2026-10-05',
  },
  {
    id: 'L-009',
    requirement: 'Privacy and Electronic Communications Regulations: marketing e-mail and cookies',
    type: 'regulatory',
    source: 'UK regulations; ICO guidance',
    jurisdiction: 'United Kingdom',
    owner: 'aisha-khan',
    howMet: 'Consent management on the website; marketing opt-in records',
    lastReviewed: '2026-09-05',
  },
  {
    id: 'L-010',
    requirement: 'Cloud hosting terms: shared responsibility for security of our accounts',
    type: 'contractual',
    source: 'Nimbus Cloud Services customer agreement',
    jurisdiction: 'International',
    owner: 'daniel-reyes',
    howMet: 'Cloud services policy; organisation guardrails',
    lastReviewed: '2026-09-18',
  },
  {
    id: 'L-011',
    requirement: 'Export controls on cryptography when staff travel with devices',
    type: 'legal',
    source: 'UK export control rules',
    jurisdiction: 'United Kingdom',
    owner: 'priya-shah',
    howMet: 'Travel guidance; mass-market encryption only',
    lastReviewed: '2026-09-05',
  },
  {
    id: 'L-012',
    requirement: 'Fire safety duties for the office',
    type: 'statutory',
    source: 'Regulatory Reform (Fire Safety) Order 2005',
    jurisdiction: 'England and Wales',
    owner: 'owen-hughes',
    howMet: 'Landlord fire systems and our fire warden rota',
    lastReviewed: '2026-07-15',
  },
];
