import { ROLE_TITLES, type RoleKey } from '../model/workspace';

// Unfilled fields print as a prompt a reader understands ("[Name of the ISMS Manager]"); the
// field path stays in the unfilled list and in the preview's data attribute for the editor.

const ORGANISATION: Readonly<Record<string, string>> = {
  name: 'Organisation name',
  legalName: 'Registered legal name',
  shortName: 'Short name of the organisation',
  displayName: 'Organisation name',
  description: 'Short description of the organisation',
  address: 'Registered address',
  website: 'Website address',
  industry: 'Industry',
  headcount: 'Number of staff',
  locations: 'Locations',
  inScopeLocations: 'Locations in scope',
  'scope.statement': 'Scope statement',
  'scope.inScope': 'What the scope covers',
  'scope.outOfScope': 'What is outside the scope',
  'scope.interfaces': 'Interfaces with other parties',
  classificationLevels: 'Classification levels',
  defaultClassification: 'Default classification level',
  reviewCycleMonths: 'Review cycle in months',
};

const PARAMETERS: Readonly<Record<string, string>> = {
  passwordMinLength: 'Minimum password length',
  mfaRequired: 'Whether multi-factor authentication is required',
  accessReviewMonths: 'Access review interval in months',
  screenLockMinutes: 'Screen lock time in minutes',
  backupFrequency: 'Backup frequency',
  backupRetentionDays: 'Backup retention in days',
  restoreTestMonths: 'Restore test interval in months',
  logRetentionDays: 'Log retention in days',
  patchCriticalDays: 'Days to patch a critical vulnerability',
  patchHighDays: 'Days to patch a high vulnerability',
  incidentReportHours: 'Hours within which staff report an incident',
  dataBreachNotifyHours: 'Hours within which a personal data breach is notified',
  recordRetentionYears: 'Record retention in years',
  trainingCycleMonths: 'Training cycle in months',
  supplierReviewMonths: 'Supplier review interval in months',
  encryptionAtRest: 'Encryption standard for stored data',
  encryptionInTransit: 'Encryption standard for data in transit',
  rtoHours: 'Recovery time objective in hours',
  rpoHours: 'Recovery point objective in hours',
};

const PERSON_FIELDS: Readonly<Record<string, string>> = {
  name: 'Name of',
  jobTitle: 'Job title of',
  email: 'Email address of',
};

const DOCUMENT: Readonly<Record<string, string>> = {
  approvedAt: 'Date of approval',
  nextReviewDate: 'Next review date',
  'owner.name': 'Name of the document owner',
  'approver.name': 'Name of the approver',
};

/** Own keys only, so a path such as `organisation.constructor` never reads a prototype. */
const lookup = (table: Readonly<Record<string, string>>, key: string): string | undefined =>
  Object.hasOwn(table, key) ? table[key] : undefined;

const isRole = (key: string): key is RoleKey => Object.hasOwn(ROLE_TITLES, key);

/** Words of a camelCase or kebab-case name: `rtoHours` -> "rto hours". */
const words = (name: string): string =>
  name
    .replace(/\[[^\]]*\]/g, '')
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .replace(/[-_]/g, ' ')
    .toLowerCase();

const sentence = (text: string): string =>
  text === '' ? text : text.charAt(0).toUpperCase() + text.slice(1);

const rolePrompt = (role: string, rest: string): string | undefined => {
  if (!isRole(role)) return undefined;
  const title = ROLE_TITLES[role];
  const lead = lookup(PERSON_FIELDS, rest);
  return lead ? `${lead} the ${title}` : `${title}: ${words(rest)}`;
};

/**
 * The prompt printed for an unfilled field, without brackets: "Name of the ISMS Manager" for
 * `roles.ismsManager.name`, "Registered legal name" for `organisation.legalName`, and the path's
 * words in plain order for anything else (`risk.owner.name` -> "Risk owner name").
 */
export const fieldPrompt = (path: string): string => {
  const [head = '', ...restParts] = path.split('.');
  const rest = restParts.join('.');
  if (head === 'roles') {
    const [role = '', ...field] = restParts;
    const prompt = rolePrompt(role, field.join('.'));
    if (prompt) return prompt;
  }
  const known =
    (head === 'organisation' && lookup(ORGANISATION, rest)) ||
    (head === 'document' && lookup(DOCUMENT, rest)) ||
    (head === 'parameters' && lookup(PARAMETERS, rest));
  if (known) return known;
  const personField = lookup(PERSON_FIELDS, restParts.at(-1) ?? '');
  if (head !== 'roles' && personField) {
    return `${personField} the ${words([head, ...restParts.slice(0, -1)].join(' '))}`;
  }
  return sentence(words(path.replace(/\./g, ' ')).replace(/\s+/g, ' ').trim());
};
