import { REVIEW_INPUTS, type ReviewInput } from '../../../../core/model/registers';
import type { FigureChangeView, FiguresView } from './review-types';
import { INPUT_TITLES, NO_FIGURES } from './review-draft';

type Props = {
  figures: FiguresView;
  changes: readonly FigureChangeView[];
  notes: Readonly<Record<ReviewInput, string>>;
  onNote: (input: ReviewInput, value: string) => void;
};

const FigureTable = ({
  input,
  figures,
  changes,
}: {
  input: ReviewInput;
  figures: FiguresView;
  changes: readonly FigureChangeView[];
}) => {
  const rows = figures[input] ?? [];
  if (rows.length === 0)
    return <p className="muted">{NO_FIGURES[input] ?? 'No figures were drawn for this input.'}</p>;
  return (
    <table className="data-table mr-figures" data-testid={`mr-figures-${input}`}>
      <caption className="visually-hidden">Figures for input {input}</caption>
      <thead>
        <tr>
          <th scope="col">Figure</th>
          <th scope="col" className="numeric">
            At the meeting
          </th>
          <th scope="col">Registers today</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((figure) => {
          const change = changes.find((c) => c.input === input && c.label === figure.label);
          return (
            <tr key={figure.label}>
              <td>{figure.label}</td>
              <td className="numeric" data-testid="mr-figure-value">
                {figure.value}
              </td>
              <td>
                {change ? (
                  <span className="mr-changed" data-testid="mr-figure-now">
                    Now {change.now}
                  </span>
                ) : (
                  <span className="muted">Same</span>
                )}
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
};

/** Inputs 9.3.2 a) to g): the frozen figures beside today's, and the discussion notes. */
export const ReviewInputs = ({ figures, changes, notes, onNote }: Props) => (
  <section className="mr-section" aria-labelledby="mr-inputs-heading">
    <h2 id="mr-inputs-heading">Inputs (9.3.2)</h2>
    {REVIEW_INPUTS.map((input) => (
      <div className="mr-input" key={input} data-testid={`mr-input-${input}`}>
        <h3>
          {input}) {INPUT_TITLES[input]}
        </h3>
        <FigureTable input={input} figures={figures} changes={changes} />
        <div className="form-field">
          <label htmlFor={`mr-note-${input}`}>Discussion of {input})</label>
          <textarea
            id={`mr-note-${input}`}
            rows={3}
            value={notes[input]}
            data-testid={`mr-note-${input}`}
            onChange={(event) => onNote(input, event.target.value)}
          />
        </div>
      </div>
    ))}
  </section>
);
