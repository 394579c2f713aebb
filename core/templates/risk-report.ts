// What the Risk Assessment Report prints at any register size. Up to REPORT_LIST_LIMIT risks
// (or assets) the report lists every one, once. Above it, a printed list stops being read: the
// report lists in full only the risks that still need a decision, highest score first and at
// most REPORT_LIST_LIMIT of them, and summarises the rest in tables of counts, pointing to the
// register spreadsheet that the Stage 1 pack carries whole. The report's length is then bounded
// whatever the register holds.

export const REPORT_LIST_LIMIT = 300;

type ReportRiskView = {
  readonly score?: unknown;
  readonly level?: unknown;
  readonly withinAppetite?: unknown;
  readonly treatmentLabel?: unknown;
  readonly status?: unknown;
  readonly acceptedOn?: unknown;
  readonly owner?: { readonly name?: unknown } | undefined;
};

type AssetView = { readonly type?: unknown; readonly classification?: unknown };

export type CountRow = {
  readonly label: string;
  readonly count: number;
  readonly high: number;
  readonly medium: number;
  readonly low: number;
  /** Residual risk outside the acceptance criteria, or not yet rated while it needs treatment. */
  readonly outside: number;
  readonly accepted: number;
};

export type RiskReportFigures<R> = {
  /** True when the report lists every risk. */
  readonly listsAll: boolean;
  /** The risks the report's register table prints: all of them, or those needing a decision. */
  readonly listed: R[];
  /** How many risks need a decision (before the list limit). */
  readonly needingDecision: number;
  /** How many of those the list leaves out because of the limit. */
  readonly notListed: number;
  readonly byOwner: CountRow[];
  readonly byTreatment: CountRow[];
  readonly limit: number;
};

const DONE = new Set(['treated', 'closed']);

/**
 * A risk still needs a decision when its residual risk is not shown to be within the criteria,
 * or when it scores above the threshold, its treatment is not complete and nobody has accepted it.
 */
export const needsDecision = (risk: ReportRiskView, threshold: number): boolean =>
  risk.withinAppetite === false ||
  (typeof risk.score === 'number' &&
    risk.score > threshold &&
    !DONE.has(String(risk.status)) &&
    typeof risk.acceptedOn !== 'string');

const rank = (risk: ReportRiskView) =>
  (risk.withinAppetite === false ? 100 : 0) + (typeof risk.score === 'number' ? risk.score : 0);

const countBy = <R extends ReportRiskView>(
  risks: readonly R[],
  key: (risk: R) => string,
): CountRow[] => {
  const rows = new Map<string, { -readonly [K in keyof CountRow]: CountRow[K] }>();
  for (const risk of risks) {
    const label = key(risk);
    let row = rows.get(label);
    if (!row) {
      row = { label, count: 0, high: 0, medium: 0, low: 0, outside: 0, accepted: 0 };
      rows.set(label, row);
    }
    row.count += 1;
    if (risk.level === 'High') row.high += 1;
    else if (risk.level === 'Medium') row.medium += 1;
    else if (risk.level === 'Low') row.low += 1;
    if (risk.withinAppetite === false) row.outside += 1;
    if (typeof risk.acceptedOn === 'string') row.accepted += 1;
  }
  return [...rows.values()];
};

/** The report's lists and count tables for `risks` (pruned views) under `threshold`. */
export const riskReportFigures = <R extends ReportRiskView>(
  risks: readonly R[],
  threshold: number,
  limit = REPORT_LIST_LIMIT,
): RiskReportFigures<R> => {
  const listsAll = risks.length <= limit;
  const needing = risks.filter((r) => needsDecision(r, threshold));
  // Those outside the criteria first, then the highest current score; the sort is stable, so
  // equal risks keep register order.
  const listed = listsAll ? [...risks] : needing.sort((a, b) => rank(b) - rank(a));
  const byOwner = countBy(risks, (r) =>
    typeof r.owner?.name === 'string' ? r.owner.name : 'No owner assigned',
  ).sort((a, b) => b.count - a.count || a.label.localeCompare(b.label));
  return {
    listsAll,
    listed: listed.slice(0, limit),
    needingDecision: needing.length,
    notListed: Math.max(0, listed.length - limit),
    byOwner,
    byTreatment: countBy(risks, (r) =>
      typeof r.treatmentLabel === 'string' ? r.treatmentLabel : 'Not chosen',
    ),
    limit,
  };
};

export type AssetReportFigures = {
  readonly listsAll: boolean;
  /** Assets counted by type and classification, most numerous first. */
  readonly byTypeAndClass: { type: string; classification: string; count: number }[];
};

/** Above the limit the report counts assets by type and classification instead of listing them. */
export const assetReportFigures = (
  assets: readonly AssetView[],
  limit = REPORT_LIST_LIMIT,
): AssetReportFigures => {
  if (assets.length <= limit) return { listsAll: true, byTypeAndClass: [] };
  const counts = new Map<string, { type: string; classification: string; count: number }>();
  for (const asset of assets) {
    const type = typeof asset.type === 'string' ? asset.type : 'Not recorded';
    const classification =
      typeof asset.classification === 'string' ? asset.classification : 'Not classified';
    const key = `${type}\u0000${classification}`;
    const row = counts.get(key) ?? { type, classification, count: 0 };
    row.count += 1;
    counts.set(key, row);
  }
  const rows = [...counts.values()].sort(
    (a, b) => b.count - a.count || a.type.localeCompare(b.type),
  );
  return { listsAll: false, byTypeAndClass: rows };
};
