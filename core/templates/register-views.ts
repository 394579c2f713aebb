import { SOA_REASON_LABELS } from '../registers/declarations/labels';
import type { Registers } from '../model/registers';

// The registers added with the version 2 model, shaped for templates: people resolved to
// `{ id, name, jobTitle, email }`, enumerations given readable labels, links followed.

type PersonView = { id: string; name: string; jobTitle?: string; email?: string };
type PersonOf = (id: string | null) => PersonView | undefined;

const label = (value: string): string =>
  value === '' ? value : (value.charAt(0).toUpperCase() + value.slice(1)).replace(/-/g, ' ');

const sortByDate = <T>(rows: readonly T[], date: (row: T) => string): T[] =>
  [...rows].sort((a, b) => date(a).localeCompare(date(b)));

const metricViews = (registers: Registers, person: PersonOf) =>
  registers.metrics.map((metric) => {
    const results = sortByDate(
      registers.measurements.filter((m) => m.metric === metric.id),
      (m) => m.date,
    );
    return {
      ...metric,
      owner: person(metric.owner),
      analysedBy: person(metric.analysedBy),
      frequencyLabel: label(metric.frequency),
      results,
      latest: results.at(-1),
    };
  });

/** SoA fields of the version 2 model for one control: reasons, owner, how implemented. */
export const soaDetails = (
  entry: Registers['soa'][number] | undefined,
  riskIds: readonly string[],
  person: PersonOf,
) => {
  const reasons = [
    ...(riskIds.length > 0
      ? [`${SOA_REASON_LABELS['risk-treatment']} (${riskIds.join(', ')})`]
      : []),
    ...(entry?.reasons ?? []).map((r) => SOA_REASON_LABELS[r]),
  ];
  return {
    reasons,
    reasonList: reasons.join('; '),
    owner: person(entry?.owner ?? null),
    howImplemented: entry?.howImplemented,
  };
};

/** Views of the registers templates read beyond the original twelve. */
export const buildRegisterViews = (registers: Registers, person: PersonOf) => {
  const findings = registers.findings.map((f) => ({ ...f, typeLabel: label(f.type) }));
  return {
    climateChange: {
      ...registers.climateChange,
      decided: registers.climateChange.relevant !== null,
    },
    legalRequirements: registers.legalRequirements.map((r) => ({
      ...r,
      owner: person(r.owner),
      typeLabel: label(r.type),
    })),
    suppliers: registers.suppliers.map((s) => ({
      ...s,
      owner: person(s.owner),
      criticalityLabel: label(s.criticality),
    })),
    metrics: metricViews(registers, person),
    acknowledgements: registers.acknowledgements.map((a) => ({
      ...a,
      person: person(a.person) ?? { id: a.person, name: a.person },
    })),
    incidents: sortByDate(registers.incidents, (i) => i.reportedOn).map((i) => ({
      ...i,
      owner: person(i.owner),
      categoryLabel: label(i.category),
      severityLabel: label(i.severity),
      statusLabel: label(i.status),
    })),
    improvements: registers.improvements.map((i) => ({
      ...i,
      owner: person(i.owner),
      statusLabel: label(i.status),
    })),
    findings,
  };
};
