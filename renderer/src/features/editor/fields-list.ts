export type FieldPosition = { field: string; line: number; column: number };

export type FieldEntry = {
  field: string;
  unfilled: boolean;
  /** Where the field first appears, for jumping to it. */
  line: number;
  column: number;
  uses: number;
};

const count = (positions: readonly FieldPosition[], field: string) =>
  positions.filter((p) => p.field === field).length;

/** One entry per field name, unfilled ones first, each group in order of first appearance. */
export const listFields = (
  fields: readonly FieldPosition[],
  unfilled: readonly FieldPosition[],
): FieldEntry[] => {
  const missing = new Set(unfilled.map((f) => f.field));
  const byName = new Map<string, FieldEntry>();
  // Unfilled positions come from the live preview, so they win over the saved body's positions.
  for (const position of [...unfilled, ...fields]) {
    if (byName.has(position.field)) continue;
    const uses = count(fields, position.field) || count(unfilled, position.field);
    byName.set(position.field, { ...position, unfilled: missing.has(position.field), uses });
  }
  const order = (a: FieldEntry, b: FieldEntry) =>
    Number(b.unfilled) - Number(a.unfilled) || a.line - b.line || a.column - b.column;
  return [...byName.values()].sort(order);
};

/** Organisation text fields the side panel can edit inline, by template field name. */
export const EDITABLE_ORGANISATION_FIELDS = {
  'organisation.name': 'name',
  'organisation.legalName': 'legalName',
  'organisation.shortName': 'shortName',
  'organisation.displayName': 'shortName',
  'organisation.description': 'description',
  'organisation.address': 'address',
  'organisation.website': 'website',
  'organisation.industry': 'industry',
} as const;
export type EditableOrganisationKey =
  (typeof EDITABLE_ORGANISATION_FIELDS)[keyof typeof EDITABLE_ORGANISATION_FIELDS];

/** The organisation key behind a template field, when it is a plain editable text field. */
export const editableOrganisationKey = (field: string): EditableOrganisationKey | null =>
  Object.hasOwn(EDITABLE_ORGANISATION_FIELDS, field)
    ? EDITABLE_ORGANISATION_FIELDS[field as keyof typeof EDITABLE_ORGANISATION_FIELDS]
    : null;
