// Labels for enumeration values, shared by declarations, documents and screens.

export const LEVEL_LABELS = { low: 'Low', medium: 'Medium', high: 'High' } as const;

export const CIA_OPTIONS = [
  { value: '1', label: '1 Low' },
  { value: '2', label: '2 Medium' },
  { value: '3', label: '3 High' },
];

export const SCALE_OPTIONS = ['1', '2', '3', '4', '5'].map((value) => ({ value, label: value }));

export const TREATMENT_LABELS = {
  modify: 'Modify (apply controls)',
  retain: 'Retain (accept)',
  avoid: 'Avoid',
  share: 'Share (transfer)',
} as const;

export const IMPLEMENTATION_LABELS = {
  implemented: 'Implemented',
  'partially-implemented': 'Partially implemented',
  planned: 'Planned',
  'not-implemented': 'Not implemented',
} as const;

export const SOA_REASON_LABELS = {
  'risk-treatment': 'Risk treatment',
  legal: 'Legal or regulatory requirement',
  contractual: 'Contractual obligation',
  business: 'Business requirement',
  'best-practice': 'Best practice',
} as const;
