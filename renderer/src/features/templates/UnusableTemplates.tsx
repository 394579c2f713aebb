import type { ApiOutput } from '../../../../core/api/contract';

type Listed = ApiOutput<'templates.list'>[number];

/** The workspace's template files that cannot be used, each with its file, line and reason. */
export const UnusableTemplates = ({ templates }: { templates: readonly Listed[] }) => {
  const problems = templates.flatMap((t) => (t.problem ? [t.problem] : []));
  if (problems.length === 0) return null;
  return (
    <div className="banner banner-error" role="alert" data-testid="unusable-templates">
      <p>
        {problems.length === 1
          ? 'One template file cannot be used until it is corrected:'
          : `${problems.length} template files cannot be used until they are corrected:`}
      </p>
      <ul>
        {problems.map(({ file, line, message }) => (
          <li key={file}>
            <code>{file}</code>
            {line === null ? '' : `, line ${line}`}: {message.replace(`${file}: `, '')}
          </li>
        ))}
      </ul>
    </div>
  );
};
