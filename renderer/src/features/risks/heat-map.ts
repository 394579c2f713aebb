import type { RiskMethod } from '../../../../core/model/registers';
import { riskLevel, type RiskLevel } from '../../../../core/registers/risk-scoring';

export type HeatAxis = 'inherent' | 'residual';

export type HeatCell = {
  readonly likelihood: number;
  readonly impact: number;
  readonly score: number;
  readonly level: RiskLevel;
  readonly count: number;
};

/** The cell a heat-map click selects; the risk table then shows only the risks in it. */
export type HeatSelection = {
  readonly axis: HeatAxis;
  readonly likelihood: number;
  readonly impact: number;
};

type ScoredRisk = Readonly<Record<string, unknown>>;

const SCALE = [1, 2, 3, 4, 5] as const;

const coordinates = (risk: ScoredRisk, axis: HeatAxis): [number, number] | null => {
  const l = risk[axis === 'inherent' ? 'likelihood' : 'residualLikelihood'];
  const i = risk[axis === 'inherent' ? 'impact' : 'residualImpact'];
  return typeof l === 'number' && typeof i === 'number' ? [l, i] : null;
};

/** Whether a risk sits in the selected cell. */
export const inCell = (risk: ScoredRisk, selection: HeatSelection): boolean => {
  const at = coordinates(risk, selection.axis);
  return at !== null && at[0] === selection.likelihood && at[1] === selection.impact;
};

/**
 * The 5 x 5 grid, highest impact first (the top row), likelihood rising to the right, with the
 * number of risks in each cell and the level its score has under the method's thresholds.
 */
export const heatMapRows = (
  risks: readonly ScoredRisk[],
  axis: HeatAxis,
  method: Pick<RiskMethod, 'acceptanceThreshold' | 'highThreshold'>,
): HeatCell[][] => {
  const counts = new Map<string, number>();
  for (const risk of risks) {
    const at = coordinates(risk, axis);
    if (at) counts.set(`${at[0]}x${at[1]}`, (counts.get(`${at[0]}x${at[1]}`) ?? 0) + 1);
  }
  return [...SCALE].reverse().map((impact) =>
    SCALE.map((likelihood) => {
      const score = likelihood * impact;
      return {
        likelihood,
        impact,
        score,
        level: riskLevel(score, method as RiskMethod),
        count: counts.get(`${likelihood}x${impact}`) ?? 0,
      };
    }),
  );
};

/** Risks that have no residual assessment yet, so they are missing from the residual map. */
export const unassessed = (risks: readonly ScoredRisk[]): number =>
  risks.filter((risk) => coordinates(risk, 'residual') === null).length;
