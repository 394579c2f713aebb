import { useState } from 'react';
import { useSession } from '../../app/navigation';
import { useServices } from '../../app/services';
import { describeError } from '../../components/errors';
import type { BodyAutosave } from './use-body-autosave';

type Props = {
  id: string;
  autosave: BodyAutosave;
  /** Opens the document again from disk (their text). */
  onReload: () => void;
};

/**
 * Shown when a save was refused because another program (the command line, a sync tool, git)
 * changed the document on disk. Either way out keeps both texts: the one not kept in the
 * document becomes a new draft beside it.
 */
export const BodyConflictBanner = ({ id, autosave, onReload }: Props) => {
  const { api, toasts } = useServices();
  const dir = useSession().workspace.dir;
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);

  const act = async (task: () => Promise<string>) => {
    setBusy(true);
    setFailure(null);
    try {
      toasts.show('success', await task());
    } catch (error) {
      setFailure(describeError(error));
    } finally {
      setBusy(false);
    }
  };

  const loadTheirs = () =>
    act(async () => {
      const copy = await api['documents.copy']({ dir, id, body: autosave.text() });
      autosave.settle();
      onReload();
      return `Your text is kept as ${copy.id} "${copy.title}"; ${id} now shows their version.`;
    });

  const keepMine = () =>
    act(async () => {
      const theirs = await api['documents.get']({ dir, id });
      const copy = await api['documents.copy']({ dir, id, body: theirs.body });
      autosave.rebase(theirs.revision);
      if (!(await autosave.flush())) throw new Error('Your text could not be saved; try again.');
      return `Their version is kept as ${copy.id} "${copy.title}"; ${id} has your text.`;
    });

  return (
    <div className="banner banner-warning" role="alert" data-testid="body-conflict">
      <p>
        <strong>{id} was changed on disk by another program</strong> (the command line, a synced
        folder or git) since you opened it. Your text was not saved over theirs, and nothing is
        lost. Choose which text stays in {id}; the other is kept as a new draft copy.
      </p>
      <div className="banner-actions">
        <button
          type="button"
          className="button"
          disabled={busy}
          data-testid="body-conflict-load-theirs"
          onClick={() => void loadTheirs()}
        >
          Load their version (keep mine as a copy)
        </button>
        <button
          type="button"
          className="button button-primary"
          disabled={busy}
          data-testid="body-conflict-keep-mine"
          onClick={() => void keepMine()}
        >
          Keep mine (save theirs as a copy)
        </button>
      </div>
      {failure ? <p className="field-error">{failure}</p> : null}
    </div>
  );
};
