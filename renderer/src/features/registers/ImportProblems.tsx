import type { ImportProblem } from './register-client';

const SHOWN = 200;

/** Why an import was refused: every bad row with its column and reason. Nothing was changed. */
export const ImportProblems = ({
  file,
  problems,
  onDismiss,
}: {
  file: string;
  problems: readonly ImportProblem[];
  onDismiss: () => void;
}) => (
  <div
    className="banner banner-error reg-import-problems"
    role="alert"
    data-testid="import-problems"
  >
    <div className="reg-import-head">
      <p>
        <strong>{file} was not imported</strong>: {problems.length}{' '}
        {problems.length === 1 ? 'problem' : 'problems'}. Nothing in the register was changed.
      </p>
      <button type="button" className="button button-small" onClick={onDismiss}>
        Dismiss
      </button>
    </div>
    <table className="reg-problem-table">
      <thead>
        <tr>
          <th scope="col">Row</th>
          <th scope="col">Column</th>
          <th scope="col">Problem</th>
        </tr>
      </thead>
      <tbody>
        {problems.slice(0, SHOWN).map((problem, index) => (
          <tr key={index} data-testid="import-problem">
            <td className="mono">{problem.row}</td>
            <td>{problem.column}</td>
            <td>{problem.reason}</td>
          </tr>
        ))}
      </tbody>
    </table>
    {problems.length > SHOWN ? (
      <p className="muted">
        …and {problems.length - SHOWN} more. Fix these first and import again.
      </p>
    ) : null}
  </div>
);
