import { describe, expect, it } from 'vitest';
import { AREA_TITLES, CLAUSE_REQUIREMENTS } from './requirements';

describe('readiness requirements', () => {
  it('lists under each clause the documents an auditor reads for it, in order', () => {
    const expected = Object.fromEntries(
      CLAUSE_REQUIREMENTS.filter((r) => r.expected.length > 0).map((r) => [
        r.id,
        r.expected.map((e) => e.templateId),
      ]),
    );
    expect(expected).toEqual({
      '4.1': ['context-of-the-organisation'],
      '4.2': ['context-of-the-organisation'],
      '4.3': ['isms-scope'],
      '5.2': ['information-security-policy'],
      '5.3': ['isms-roles-and-responsibilities'],
      '6.1.2': ['risk-assessment-and-treatment-methodology'],
      '6.1.3': ['statement-of-applicability', 'risk-treatment-plan'],
      '6.2': ['information-security-objectives'],
      '7.2': ['competence-training-and-awareness-procedure'],
      '7.3': ['competence-training-and-awareness-procedure'],
      '7.4': ['communication-plan'],
      '7.5': ['document-and-record-control-procedure'],
      '8.1': ['operational-planning-and-control'],
      '8.2': ['risk-assessment-report'],
      '8.3': ['risk-treatment-plan'],
      '9.1': ['monitoring-measurement-and-metrics-procedure'],
      '9.2': ['internal-audit-procedure', 'internal-audit-report'],
      '9.3': ['management-review-procedure', 'management-review-minutes'],
      '10.1': ['continual-improvement'],
      '10.2': ['nonconformity-and-corrective-action-procedure'],
    });
  });

  it('names a document the same way under every clause it answers', () => {
    const rtp = CLAUSE_REQUIREMENTS.flatMap((r) => r.expected).filter(
      (e) => e.templateId === 'risk-treatment-plan',
    );
    expect(rtp.map((e) => e.label)).toEqual(['Risk treatment plan', 'Risk treatment plan']);
  });

  it('files each clause under its top-level clause, itself titled', () => {
    expect(CLAUSE_REQUIREMENTS.find((r) => r.id === '6.1.3')).toMatchObject({
      title: 'Information security risk treatment',
      area: '6',
    });
    expect(CLAUSE_REQUIREMENTS.every((r) => AREA_TITLES[r.area] !== undefined)).toBe(true);
    expect(Object.values(AREA_TITLES)).toEqual([
      '4 Context',
      '5 Leadership',
      '6 Planning',
      '7 Support',
      '8 Operation',
      '9 Performance evaluation',
      '10 Improvement',
      'A.5 Organisational controls',
      'A.6 People controls',
      'A.7 Physical controls',
      'A.8 Technological controls',
    ]);
  });
});
