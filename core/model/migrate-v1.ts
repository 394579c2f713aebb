type Raw = Record<string, unknown>;

const isRecord = (value: unknown): value is Raw =>
  value !== null && typeof value === 'object' && !Array.isArray(value);

const listOf = (value: unknown): Raw[] => (Array.isArray(value) ? value.filter(isRecord) : []);

/** "A.5.23" and " 5.23 " both mean control 5.23. */
const normaliseControl = (value: unknown): unknown =>
  typeof value === 'string' ? value.trim().replace(/^A\.?\s*/i, '') : value;

/** Findings used to sit inside each audit; version 2 keeps them in their own register. */
const splitFindings = (audits: Raw[]) => {
  const findings: Raw[] = [];
  const withoutFindings = audits.map(({ findings: nested, ...audit }) => {
    for (const finding of listOf(nested)) {
      const id = `F-${String(findings.length + 1).padStart(3, '0')}`;
      findings.push({ id, audit: audit['id'], ...finding });
    }
    const done = typeof audit['completedDate'] === 'string' && audit['completedDate'] !== '';
    return { ...audit, status: audit['status'] ?? (done ? 'completed' : 'planned') };
  });
  return { audits: withoutFindings, findings };
};

/**
 * Version 1 to 2: registers gain their own files and new fields (all defaulted); audit findings
 * move to a register of their own; control references lose an "A." prefix. Id counters need no
 * migrating: version 1 never deleted an entry, so each register continues after its highest id. The risk method stays "proposed" until someone records its approval.
 */
export const migrateV1ToV2 = (workspace: Raw): Raw => {
  const registers = isRecord(workspace['registers']) ? workspace['registers'] : {};
  const { audits, findings } = splitFindings(listOf(registers['audits']));
  const risks = listOf(registers['risks']).map((risk) => ({
    ...risk,
    controls: Array.isArray(risk['controls']) ? risk['controls'].map(normaliseControl) : [],
  }));
  const soa = listOf(registers['soa']).map((entry) => ({
    ...entry,
    control: normaliseControl(entry['control']),
  }));
  return {
    ...workspace,
    schemaVersion: 2,
    registers: { ...registers, risks, soa, audits, findings },
  };
};
