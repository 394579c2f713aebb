import { ROLE_KEYS } from '../../../../core/model/workspace';

const ORGANISATION = [
  'name',
  'legalName',
  'shortName',
  'displayName',
  'description',
  'address',
  'website',
  'industry',
  'headcount',
  'locations',
  'inScopeLocations',
  'scope.statement',
  'scope.inScope',
  'scope.outOfScope',
  'scope.interfaces',
  'documentIdPrefix',
  'classificationLevels',
  'defaultClassification',
  'reviewCycleMonths',
].map((name) => `organisation.${name}`);

const PERSON = ['name', 'jobTitle', 'email', 'id'];

const PARAMETERS = [
  'passwordMinLength',
  'mfaRequired',
  'accessReviewMonths',
  'screenLockMinutes',
  'backupFrequency',
  'backupRetentionDays',
  'restoreTestMonths',
  'logRetentionDays',
  'patchCriticalDays',
  'patchHighDays',
  'incidentReportHours',
  'dataBreachNotifyHours',
  'recordRetentionYears',
  'trainingCycleMonths',
  'supplierReviewMonths',
  'encryptionAtRest',
  'encryptionInTransit',
  'rtoHours',
  'rpoHours',
].map((name) => `parameters.${name}`);

const DOCUMENT = [
  'id',
  'title',
  'version',
  'status',
  'classification',
  'owner.name',
  'owner.jobTitle',
  'approver.name',
  'approver.jobTitle',
  'approvedAt',
  'nextReviewDate',
  'revisions',
].map((name) => `document.${name}`);

const REGISTERS = [
  'riskMethod',
  'contextIssues',
  'internalIssues',
  'externalIssues',
  'interestedParties',
  'assets',
  'risks',
  'treatments',
  'soa',
  'soaSummary',
  'annexA',
  'objectives',
  'competence',
  'audits',
  'latestAudit',
  'nonconformities',
  'managementReviews',
  'managementReview',
];

/** Every name the render context offers (see docs/template-fields.md), for autocompletion. */
export const KNOWN_FIELDS: readonly string[] = [
  'today',
  ...ORGANISATION,
  ...ROLE_KEYS.flatMap((key) => PERSON.map((part) => `roles.${key}.${part}`)),
  ...ROLE_KEYS.map((key) => `roleTitles.${key}`),
  'people',
  ...PARAMETERS,
  ...DOCUMENT,
  'documents',
  ...REGISTERS,
];

/** Liquid filters offered after `|`: the standard ones templates use plus the app's own. */
export const FILTERS: readonly string[] = [
  'format_date',
  'add_months',
  'default',
  'size',
  'join',
  'where',
  'first',
  'last',
  'upcase',
  'downcase',
  'capitalize',
  'sort',
  'map',
  'date',
  'append',
  'prepend',
  'plus',
  'minus',
];

/** The known names plus the fields this document uses, without duplicates, sorted. */
export const completionNames = (documentFields: readonly string[]): string[] =>
  [...new Set([...documentFields, ...KNOWN_FIELDS])].sort((a, b) => a.localeCompare(b));

export type FieldCompletion = {
  /** Offset in `textBefore` where the replaced text starts. */
  from: number;
  kind: 'field' | 'filter';
  options: string[];
};

const EXPRESSION =
  /(\{\{-?|\{%-?\s*(?:if|elsif|unless|for\s+\w+\s+in|assign\s+\w+\s*=|case|when))\s*([\w.]*)$/;
const FILTER = /\{\{-?[^}]*\|\s*([\w]*)$/;

/**
 * What to offer at the end of `textBefore` (the current line up to the cursor): field names right
 * after `{{ ` or a Liquid tag's expression, filter names after `|`; null elsewhere.
 */
export const fieldCompletion = (
  textBefore: string,
  names: readonly string[],
): FieldCompletion | null => {
  const filter = FILTER.exec(textBefore);
  if (filter && !textBefore.slice(textBefore.lastIndexOf('{{')).includes('}}')) {
    const typed = filter[1] ?? '';
    return {
      from: textBefore.length - typed.length,
      kind: 'filter',
      options: FILTERS.filter((f) => f.startsWith(typed)),
    };
  }
  const expression = EXPRESSION.exec(textBefore);
  if (!expression) return null;
  const typed = expression[2] ?? '';
  const options = names.filter((name) => name.startsWith(typed) && name !== typed);
  return { from: textBefore.length - typed.length, kind: 'field', options };
};
