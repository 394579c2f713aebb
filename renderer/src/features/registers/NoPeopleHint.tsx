import { useSession } from '../../app/navigation';

/**
 * Shown under a person field while the workspace has nobody to choose: where people come from,
 * one click away, instead of a list that only offers "Not assigned".
 */
export const NoPeopleHint = () => {
  const { navigate } = useSession();
  return (
    <p className="field-hint reg-no-people" data-testid="no-people-hint">
      Nobody to choose yet. Add people, or import a staff list (CSV or XLSX), under{' '}
      <button
        type="button"
        className="link-button"
        data-testid="no-people-link"
        onClick={() => void navigate({ name: 'register', register: 'people' })}
      >
        Registers › People
      </button>
      .
    </p>
  );
};
