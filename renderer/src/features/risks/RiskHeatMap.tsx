import { useState } from 'react';
import type { RiskMethod } from '../../../../core/model/registers';
import { RISK_LEVEL_LABELS } from '../../../../core/registers/risk-scoring';
import {
  heatMapRows,
  unassessed,
  type HeatAxis,
  type HeatCell,
  type HeatSelection,
} from './heat-map';

type HeatMapProps = {
  risks: readonly Readonly<Record<string, unknown>>[];
  method: RiskMethod;
  selection: HeatSelection | null;
  onSelect: (selection: HeatSelection | null) => void;
};

const TITLES: Readonly<Record<HeatAxis, string>> = {
  inherent: 'Inherent risk',
  residual: 'Residual risk',
};

const cellLabel = (axis: HeatAxis, cell: HeatCell, method: RiskMethod) =>
  `${TITLES[axis]}, likelihood ${cell.likelihood} ${method.likelihoodLabels[cell.likelihood - 1] ?? ''}, ` +
  `impact ${cell.impact} ${method.impactLabels[cell.impact - 1] ?? ''}: score ${cell.score}, ` +
  `${RISK_LEVEL_LABELS[cell.level]}, ${cell.count} ${cell.count === 1 ? 'risk' : 'risks'}`;

const Grid = ({ axis, risks, method, selection, onSelect }: HeatMapProps & { axis: HeatAxis }) => {
  const rows = heatMapRows(risks, axis, method);
  const missing = axis === 'residual' ? unassessed(risks) : 0;
  const isSelected = (cell: HeatCell) =>
    selection?.axis === axis &&
    selection.likelihood === cell.likelihood &&
    selection.impact === cell.impact;
  return (
    <figure className="heat-figure" data-testid={`heat-map-${axis}`}>
      <figcaption>
        <span className="heat-title">{TITLES[axis]}</span>
        {missing > 0 ? (
          <span className="muted heat-note">{missing} not yet assessed after treatment</span>
        ) : null}
      </figcaption>
      <table className="heat-grid">
        <caption className="visually-hidden">
          {TITLES[axis]} by impact (rows) and likelihood (columns); choose a cell to list its risks
        </caption>
        <tbody>
          {rows.map((row) => (
            <tr key={row[0]!.impact}>
              <th scope="row" className="heat-axis-label">
                <span className="heat-axis-number">{row[0]!.impact}</span>
                <span className="heat-axis-text">{method.impactLabels[row[0]!.impact - 1]}</span>
              </th>
              {row.map((cell) => (
                <td key={cell.likelihood}>
                  <button
                    type="button"
                    className={`heat-cell heat-${cell.level}${cell.count === 0 ? ' heat-empty' : ''}`}
                    aria-label={cellLabel(axis, cell, method)}
                    aria-pressed={isSelected(cell)}
                    data-testid={`heat-${axis}-${cell.likelihood}-${cell.impact}`}
                    data-count={cell.count}
                    onClick={() =>
                      onSelect(
                        isSelected(cell)
                          ? null
                          : { axis, likelihood: cell.likelihood, impact: cell.impact },
                      )
                    }
                  >
                    {cell.count > 0 ? cell.count : ''}
                  </button>
                </td>
              ))}
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr>
            <td />
            {rows[0]!.map((cell) => (
              <th key={cell.likelihood} scope="col" className="heat-axis-label heat-axis-x">
                <span className="heat-axis-number">{cell.likelihood}</span>
                <span className="heat-axis-text">
                  {method.likelihoodLabels[cell.likelihood - 1]}
                </span>
              </th>
            ))}
          </tr>
        </tfoot>
      </table>
      <p className="heat-axes muted" aria-hidden="true">
        Impact ↑ · Likelihood →
      </p>
    </figure>
  );
};

const HIDDEN_KEY = 'isms.riskHeatMaps.hidden';

const storedHidden = () => {
  try {
    return window.localStorage.getItem(HIDDEN_KEY) === 'yes';
  } catch {
    return false;
  }
};

/**
 * Inherent and residual heat maps side by side at a compact size, so the risk table keeps most
 * of the screen; they can be folded away (remembered), and a cell filters the risk table.
 */
export const RiskHeatMap = (props: HeatMapProps) => {
  const [hidden, setHidden] = useState(storedHidden);
  const toggle = () => {
    setHidden((was) => {
      try {
        window.localStorage.setItem(HIDDEN_KEY, was ? 'no' : 'yes');
      } catch {
        // Not remembered (storage unavailable); the choice still holds for this visit.
      }
      return !was;
    });
  };
  return (
    <section
      className={`heat-maps${hidden ? ' heat-maps-hidden' : ''}`}
      aria-label="Risk heat maps"
    >
      <button
        type="button"
        className="heat-toggle"
        aria-expanded={!hidden}
        aria-controls="risk-heat-maps"
        data-testid="heat-maps-toggle"
        onClick={toggle}
      >
        <span aria-hidden="true">{hidden ? '▸' : '▾'}</span> Heat maps
      </button>
      {hidden ? null : (
        <div id="risk-heat-maps" className="heat-maps-body">
          <Grid {...props} axis="inherent" />
          <Grid {...props} axis="residual" />
          <ul className="heat-legend" aria-label="Levels">
            {(['low', 'medium', 'high'] as const).map((level) => (
              <li key={level}>
                <span className={`heat-swatch heat-${level}`} aria-hidden="true" />
                {RISK_LEVEL_LABELS[level]}
                <span className="muted">
                  {level === 'low'
                    ? ` up to ${props.method.acceptanceThreshold} (within acceptance)`
                    : level === 'medium'
                      ? ` ${props.method.acceptanceThreshold + 1} to ${props.method.highThreshold - 1}`
                      : ` ${props.method.highThreshold} and above`}
                </span>
              </li>
            ))}
          </ul>
        </div>
      )}
    </section>
  );
};
