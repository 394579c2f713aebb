import type { FixTarget } from '../../../../core/readiness/types';
import type { View } from '../../app/navigation';

/** Where a finding is fixed, as a screen of the app; null when it has no screen yet. */
export const fixView = (target: FixTarget): View | null => {
  switch (target.kind) {
    case 'document':
      return target.id ? { name: 'editor', id: target.id } : { name: 'documents' };
    case 'template':
      return { name: 'templates' };
    case 'profile':
      return { name: 'organisation', tab: target.section };
    case 'register':
      // The registers screens plug in here when they exist; until then the text names the register.
      return null;
  }
};

const REGISTER_LABELS: Readonly<Record<string, string>> = {
  soa: 'Statement of Applicability',
  risks: 'risk register',
  treatments: 'risk treatment actions',
  riskMethod: 'risk method',
  audits: 'internal audits',
  managementReviews: 'management reviews',
  nonconformities: 'nonconformities',
  objectives: 'objectives',
  competence: 'competence records',
  contextIssues: 'context issues',
  interestedParties: 'interested parties',
  findings: 'audit findings',
};

/** The label of a fix link or, for a register, where to go. */
export const fixLabel = (target: FixTarget): string => {
  switch (target.kind) {
    case 'document':
      return `Open ${target.id}`;
    case 'template':
      return 'Add from templates';
    case 'profile':
      return target.section === 'decisions'
        ? 'Open Policy decisions'
        : 'Open the organisation profile';
    case 'register':
      return `In the ${REGISTER_LABELS[target.register] ?? target.register}${target.entry ? `: ${target.entry}` : ''}`;
  }
};

/** A colour band for a score, so bars read at a glance (the number is always shown too). */
export const scoreBand = (score: number): 'good' | 'fair' | 'poor' =>
  score >= 80 ? 'good' : score >= 50 ? 'fair' : 'poor';
