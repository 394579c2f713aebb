import { ALL_REGISTERS } from '../../../../core/registers/registry';
import type { RegisterName } from '../../../../core/registers/types';
import type { FixTarget } from '../../../../core/readiness/types';
import type { View } from '../../app/navigation';

/** Findings name a register by its key in the workspace; the risk method sits on the Risks screen. */
const SCREEN_OF: ReadonlyMap<string, RegisterName> = new Map([
  ...ALL_REGISTERS.map((d) => [d.key, d.name] as const),
  ['riskMethod', 'risks'] as const,
]);

/** Where a finding is fixed, as a screen of the app; null when it has no screen yet. */
export const fixView = (target: FixTarget): View | null => {
  switch (target.kind) {
    case 'document':
      return target.id ? { name: 'editor', id: target.id } : { name: 'documents' };
    case 'template':
      return { name: 'templates' };
    case 'profile':
      return { name: 'organisation', tab: target.section };
    case 'register': {
      const register = SCREEN_OF.get(target.register);
      return register ? { name: 'register', register } : null;
    }
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

/** SoA entries are Annex A controls, which readers know as A.5.1 rather than 5.1. */
const entryName = (register: string, entry: string) =>
  register === 'soa' && /^\d/.test(entry) ? `A.${entry}` : entry;

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
      return `Open the ${REGISTER_LABELS[target.register] ?? target.register}${target.entry ? `: ${entryName(target.register, target.entry)}` : ''}`;
  }
};

/** A colour band for a score, so bars read at a glance (the number is always shown too). */
export const scoreBand = (score: number): 'good' | 'fair' | 'poor' =>
  score >= 80 ? 'good' : score >= 50 ? 'fair' : 'poor';
