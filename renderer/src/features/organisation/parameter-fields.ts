import type { PolicyParameters } from '../../../../core/model/workspace';

type NumberKey = {
  [K in keyof PolicyParameters]: PolicyParameters[K] extends number ? K : never;
}[keyof PolicyParameters];
type TextKey = {
  [K in keyof PolicyParameters]: PolicyParameters[K] extends string ? K : never;
}[keyof PolicyParameters];

export type ParameterField =
  | { kind: 'number'; key: NumberKey; label: string; unit: string }
  | { kind: 'text'; key: TextKey; label: string }
  | { kind: 'boolean'; key: 'mfaRequired'; label: string };

/** The policy parameters in the order a reviewer reads them, grouped by topic. */
export const PARAMETER_GROUPS: readonly { title: string; fields: readonly ParameterField[] }[] = [
  {
    title: 'Access',
    fields: [
      {
        kind: 'number',
        key: 'passwordMinLength',
        label: 'Minimum password length',
        unit: 'characters',
      },
      { kind: 'boolean', key: 'mfaRequired', label: 'Multi-factor authentication required' },
      {
        kind: 'number',
        key: 'accessReviewMonths',
        label: 'Access review interval',
        unit: 'months',
      },
      { kind: 'number', key: 'screenLockMinutes', label: 'Screen lock after', unit: 'minutes' },
    ],
  },
  {
    title: 'Backup and continuity',
    fields: [
      { kind: 'text', key: 'backupFrequency', label: 'Backup frequency' },
      { kind: 'number', key: 'backupRetentionDays', label: 'Backup retention', unit: 'days' },
      { kind: 'number', key: 'restoreTestMonths', label: 'Restore test interval', unit: 'months' },
      { kind: 'number', key: 'rtoHours', label: 'Recovery time objective', unit: 'hours' },
      { kind: 'number', key: 'rpoHours', label: 'Recovery point objective', unit: 'hours' },
    ],
  },
  {
    title: 'Operations',
    fields: [
      { kind: 'number', key: 'logRetentionDays', label: 'Log retention', unit: 'days' },
      {
        kind: 'number',
        key: 'patchCriticalDays',
        label: 'Patch critical vulnerabilities within',
        unit: 'days',
      },
      {
        kind: 'number',
        key: 'patchHighDays',
        label: 'Patch high vulnerabilities within',
        unit: 'days',
      },
      { kind: 'text', key: 'encryptionAtRest', label: 'Encryption at rest' },
      { kind: 'text', key: 'encryptionInTransit', label: 'Encryption in transit' },
    ],
  },
  {
    title: 'Incidents, records and people',
    fields: [
      {
        kind: 'number',
        key: 'incidentReportHours',
        label: 'Report incidents within',
        unit: 'hours',
      },
      {
        kind: 'number',
        key: 'dataBreachNotifyHours',
        label: 'Notify personal data breaches within',
        unit: 'hours',
      },
      {
        kind: 'number',
        key: 'recordRetentionYears',
        label: 'Keep ISMS records for',
        unit: 'years',
      },
      {
        kind: 'number',
        key: 'trainingCycleMonths',
        label: 'Awareness training every',
        unit: 'months',
      },
      {
        kind: 'number',
        key: 'supplierReviewMonths',
        label: 'Supplier review every',
        unit: 'months',
      },
    ],
  },
];
