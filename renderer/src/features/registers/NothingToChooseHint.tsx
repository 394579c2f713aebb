import { isRegisterName, registerNamed } from '../../../../core/registers/registry';
import { useSession } from '../../app/navigation';
import { registerNavLabel } from './RegistersNav';
import { DOCUMENTS_LOOKUP } from './spec-from-declaration';

/**
 * Shown under a reference field whose list is empty (no audits, objectives or documents yet):
 * where its entries come from, one click away, instead of a list that only offers "Choose…".
 */
export const NothingToChooseHint = ({ references }: { references: string }) => {
  const { navigate } = useSession();
  if (references === DOCUMENTS_LOOKUP)
    return (
      <p className="field-hint" data-testid="nothing-to-choose">
        No documents yet. Add one from{' '}
        <button
          type="button"
          className="link-button"
          onClick={() => void navigate({ name: 'templates' })}
        >
          Templates
        </button>
        .
      </p>
    );
  if (!isRegisterName(references)) return null;
  const register = registerNamed(references);
  return (
    <p className="field-hint" data-testid="nothing-to-choose">
      Nothing to choose yet: add {/^[aeiou]/i.test(register.entryLabel) ? 'an' : 'a'}{' '}
      {register.entryLabel} under{' '}
      <button
        type="button"
        className="link-button"
        onClick={() => void navigate({ name: 'register', register: references })}
      >
        Registers › {registerNavLabel(references)}
      </button>{' '}
      first.
    </p>
  );
};
