import type { Finding } from '../../../../core/readiness/types';
import { useSession } from '../../app/navigation';
import { fixLabel, fixView } from './fix-links';

/** The way to fix a finding: a link to the screen, or where to go when it has no screen. */
export const FindingLink = ({ finding }: { finding: Finding }) => {
  const session = useSession();
  const view = fixView(finding.target);
  if (!view) return <span className="finding-where">{fixLabel(finding.target)}</span>;
  return (
    <button
      type="button"
      className="link-button"
      onClick={() => void session.navigate(view)}
      data-testid="finding-link"
    >
      {fixLabel(finding.target)}
    </button>
  );
};
