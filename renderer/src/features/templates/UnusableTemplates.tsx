import { useState } from 'react';
import type { ApiOutput } from '../../../../core/api/contract';
import { PROBLEMS_SHOWN, templateProblemLines } from './template-problems';

type Listed = ApiOutput<'templates.list'>[number];

/** The workspace's template files that cannot be used: every reason once, with file and line. */
export const UnusableTemplates = ({
  templates,
  dir,
}: {
  templates: readonly Listed[];
  /** The workspace folder: paths under it are shown relative to it, in full on hover. */
  dir: string;
}) => {
  const [all, setAll] = useState(false);
  const files = templates.filter((t) => t.problem).length;
  const lines = templateProblemLines(templates, dir);
  if (lines.length === 0) return null;
  const shown = all ? lines : lines.slice(0, PROBLEMS_SHOWN);
  const hidden = lines.length - shown.length;
  return (
    <div
      className="banner banner-error unusable-templates"
      role="alert"
      data-testid="unusable-templates"
    >
      <p>
        {files === 1
          ? 'One template file cannot be used until it is corrected:'
          : `${files} template files cannot be used until they are corrected:`}
      </p>
      <ul>
        {shown.map(({ key, file, shown: path, line, reason }) => (
          <li key={key}>
            <code title={file}>{path}</code>
            {line === null ? '' : `, line ${line}`}: {reason}
          </li>
        ))}
      </ul>
      {lines.length > PROBLEMS_SHOWN ? (
        <button
          type="button"
          className="link-button"
          aria-expanded={all}
          onClick={() => setAll(!all)}
          data-testid="unusable-templates-toggle"
        >
          {all ? 'Show fewer' : `Show all ${lines.length} problems (${hidden} more)`}
        </button>
      ) : null}
    </div>
  );
};
