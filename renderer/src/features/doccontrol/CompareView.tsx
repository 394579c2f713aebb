import { useEffect, useRef, useState } from 'react';
import type { ApiOutput } from '../../../../core/api/contract';
import { useSession } from '../../app/navigation';
import { useServices } from '../../app/services';
import { describeError } from '../../components/errors';
import { useQuery } from '../../components/use-query';

type Parts = ApiOutput<'documents.compare'>['parts'];

const label = (version: string) => (version === 'current' ? 'Working text' : `Version ${version}`);

/** One side of the comparison: unchanged text plus what that side alone holds, marked. */
const Side = ({ parts, side }: { parts: Parts; side: 'left' | 'right' }) => (
  <pre className="compare-text" data-testid={`compare-${side}`}>
    {parts.map((part, index) =>
      part.kind === 'equal' ? (
        <span key={index}>{part.text}</span>
      ) : part.kind === 'delete' ? (
        side === 'left' ? (
          <del key={index}>{part.text}</del>
        ) : null
      ) : side === 'right' ? (
        <ins key={index}>{part.text}</ins>
      ) : null,
    )}
  </pre>
);

type CompareViewProps = { id: string; versions: readonly string[]; onClose: () => void };

/** Two versions side by side, removed text struck through on the left, added text on the right. */
export const CompareView = ({ id, versions, onClose }: CompareViewProps) => {
  const { api, platform, toasts } = useServices();
  const { workspace } = useSession();
  const dir = workspace.dir;
  const ref = useRef<HTMLDialogElement>(null);
  const [to, setTo] = useState(versions.at(-1) ?? 'current');
  const [from, setFrom] = useState(versions.at(-2) ?? versions[0] ?? 'current');
  const result = useQuery(`compare:${dir}:${id}:${from}:${to}`, () =>
    api['documents.compare']({ dir, id, from, to }),
  );
  useEffect(() => {
    const dialog = ref.current;
    if (dialog && !dialog.open) dialog.showModal();
  }, []);
  // Long documents: bring the first change into view instead of leaving the reader at the top.
  useEffect(() => {
    ref.current?.querySelector('ins, del')?.scrollIntoView({ block: 'center' });
  }, [result.data]);

  const redline = async () => {
    try {
      const file = await api['documents.exportRedline']({ dir, id, from, to });
      const saved = await platform.saveFile(file.fileName, file.data);
      if (saved) toasts.show('success', `Saved the redline of ${id}.`);
    } catch (error) {
      toasts.show('error', `Could not make the redline: ${describeError(error)}`);
    }
  };

  const picker = (value: string, set: (v: string) => void, testId: string, text: string) => (
    <label className="compare-picker">
      {text}
      <select value={value} data-testid={testId} onChange={(event) => set(event.target.value)}>
        {versions.map((v) => (
          <option key={v} value={v}>
            {label(v)}
          </option>
        ))}
      </select>
    </label>
  );
  const parts = result.data?.parts ?? [];
  const changes = parts.filter((p) => p.kind !== 'equal').length;
  return (
    <dialog
      ref={ref}
      className="modal compare-modal"
      aria-labelledby="compare-title"
      data-testid="compare-view"
      onCancel={(event) => {
        event.preventDefault();
        onClose();
      }}
    >
      <div className="modal-body">
        <div className="compare-header">
          <h2 id="compare-title" className="modal-title">
            Compare versions of {id}
          </h2>
          {picker(from, setFrom, 'compare-from', 'From')}
          {picker(to, setTo, 'compare-to', 'To')}
          <span className="muted" data-testid="compare-summary">
            {result.data ? `${changes} change${changes === 1 ? '' : 's'}` : 'Comparing…'}
          </span>
        </div>
        {result.error ? (
          <p className="banner banner-error" role="alert">
            {describeError(result.error)}
          </p>
        ) : null}
        {result.data ? (
          <div className="compare-columns">
            <section aria-label={result.data.from.label}>
              <h3>{result.data.from.label}</h3>
              <Side parts={parts} side="left" />
            </section>
            <section aria-label={result.data.to.label}>
              <h3>{result.data.to.label}</h3>
              <Side parts={parts} side="right" />
            </section>
          </div>
        ) : null}
        <div className="modal-actions">
          <button
            type="button"
            className="button"
            data-testid="download-redline"
            onClick={() => void redline()}
          >
            Download redline (.docx)
          </button>
          <button type="button" className="button button-primary" onClick={onClose}>
            Close
          </button>
        </div>
      </div>
    </dialog>
  );
};
