// Figures and lists the risk documents print, worked out once per workspace revision from the
// risk views, so a template at 10,000 risks reads them instead of looping over every risk to
// count, filter or sort (each Liquid loop step costs microseconds; a JavaScript pass costs less
// than one millisecond for all of them).

type RiskView = {
  readonly score?: unknown;
  readonly level?: unknown;
  readonly residualLevel?: unknown;
  readonly withinAppetite?: unknown;
  readonly treatment?: unknown;
  readonly acceptedOn?: unknown;
  readonly owner?: { readonly name?: unknown } | undefined;
};

export type RiskSummary<R> = {
  /** Risks by their level before treatment, in register order. */
  readonly high: R[];
  readonly medium: R[];
  readonly low: R[];
  /** Counts by residual level; `residualUnrated` has no residual rating yet. */
  readonly residualHigh: number;
  readonly residualMedium: number;
  readonly residualLow: number;
  readonly residualUnrated: number;
  /** Risks whose score before treatment is above the acceptance threshold. */
  readonly aboveThreshold: R[];
  /** Risks not shown to be within the threshold after treatment (`withinAppetite` false). */
  readonly outsideAppetite: R[];
  /** Risks whose treatment is to retain them. */
  readonly retained: R[];
  /** How many risks have their residual risk accepted (an acceptance date). */
  readonly acceptedCount: number;
  /** The earliest and latest acceptance dates (YYYY-MM-DD), absent when none is recorded. */
  readonly firstAcceptedOn?: string;
  readonly lastAcceptedOn?: string;
  /** Names of the risk owners, each once, in the order they first appear. */
  readonly ownerNames: string[];
};

const residualKey = {
  High: 'residualHigh',
  Medium: 'residualMedium',
  Low: 'residualLow',
} as const;

/** The risk summary for `risks` (pruned views) under an acceptance threshold. */
export const summariseRisks = <R extends RiskView>(
  risks: readonly R[],
  acceptanceThreshold: number,
): RiskSummary<R> => {
  const byLevel = { High: [] as R[], Medium: [] as R[], Low: [] as R[] };
  const residual = { residualHigh: 0, residualMedium: 0, residualLow: 0, residualUnrated: 0 };
  const aboveThreshold: R[] = [];
  const outsideAppetite: R[] = [];
  const retained: R[] = [];
  const acceptedDates: string[] = [];
  const ownerNames = new Set<string>();
  for (const risk of risks) {
    if (risk.level === 'High' || risk.level === 'Medium' || risk.level === 'Low') {
      byLevel[risk.level].push(risk);
    }
    const key =
      typeof risk.residualLevel === 'string' && Object.hasOwn(residualKey, risk.residualLevel)
        ? residualKey[risk.residualLevel as keyof typeof residualKey]
        : 'residualUnrated';
    residual[key] += 1;
    if (typeof risk.score === 'number' && risk.score > acceptanceThreshold)
      aboveThreshold.push(risk);
    if (risk.withinAppetite === false) outsideAppetite.push(risk);
    if (risk.treatment === 'retain') retained.push(risk);
    if (typeof risk.acceptedOn === 'string') acceptedDates.push(risk.acceptedOn);
    if (typeof risk.owner?.name === 'string') ownerNames.add(risk.owner.name);
  }
  acceptedDates.sort();
  return {
    high: byLevel.High,
    medium: byLevel.Medium,
    low: byLevel.Low,
    ...residual,
    aboveThreshold,
    outsideAppetite,
    retained,
    acceptedCount: acceptedDates.length,
    ...(acceptedDates.length > 0
      ? { firstAcceptedOn: acceptedDates[0], lastAcceptedOn: acceptedDates.at(-1) }
      : {}),
    ownerNames: [...ownerNames],
  };
};
