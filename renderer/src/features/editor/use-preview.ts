import { useEffect, useState } from 'react';
import type { RenderContext } from '../../../../core/templates/context';
import type { PreviewOutput } from './preview-protocol';
import { useServices } from '../../app/services';
import { describeError } from '../../components/errors';
import { createPreviewRunner, PreviewSuperseded, type PreviewRunner } from './preview-runner';

export type PreviewState = {
  result: PreviewOutput | null;
  error: string | null;
};

/**
 * The live preview. The data behind the placeholders is fetched once per document (and again
 * when `revision` says the workspace changed); the body is then rendered here, with the same
 * engine the export uses, so a keystroke reaches the preview without a round trip. Bursts of
 * keystrokes are coalesced into one render. The engine runs in a Web Worker that is stopped when
 * a render takes too long, so a runaway template never freezes the editor.
 */
export const usePreview = (
  dir: string,
  id: string,
  body: string,
  revision: number,
): PreviewState => {
  const { api } = useServices();
  const [context, setContext] = useState<RenderContext | null>(null);
  const [contextError, setContextError] = useState<string | null>(null);
  const [state, setState] = useState<PreviewState>({ result: null, error: null });
  // Disposed with the editor; a disposed runner starts a fresh worker if it is used again.
  const [runner] = useState<PreviewRunner>(() => createPreviewRunner());
  useEffect(() => () => runner.dispose(), [runner]);

  useEffect(() => {
    let current = true;
    api['preview.context']({ dir, id }).then(
      (answer) => {
        if (!current) return;
        setContext(answer.context);
        setContextError(null);
      },
      (error: unknown) => current && setContextError(describeError(error)),
    );
    return () => {
      current = false;
    };
  }, [api, dir, id, revision]);

  useEffect(() => {
    if (context !== null) runner.setContext(context);
  }, [runner, context]);

  useEffect(() => {
    if (context === null) return;
    // A zero delay lets the editor paint the keystroke first and merges a burst into one render.
    const timer = setTimeout(() => {
      runner.render(id, body).then(
        (result) => setState({ result, error: null }),
        (error: unknown) => {
          if (error instanceof PreviewSuperseded) return;
          setState((previous) => ({ result: previous.result, error: describeError(error) }));
        },
      );
    }, 0);
    return () => clearTimeout(timer);
  }, [runner, context, id, body]);

  return contextError ? { ...state, error: contextError } : state;
};
