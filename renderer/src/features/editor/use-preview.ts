import { useEffect, useState } from 'react';
import { renderTemplateSync } from '../../../../core/templates/render';
import type { RenderContext } from '../../../../core/templates/context';
import type { RenderResult } from '../../../../core/templates/types';
import { useServices } from '../../app/services';
import { describeError } from '../../components/errors';

export type PreviewState = {
  result: RenderResult | null;
  error: string | null;
};

/**
 * The live preview. The data behind the placeholders is fetched once per document (and again
 * when `revision` says the workspace changed); the body is then rendered here, with the same
 * engine the export uses, so a keystroke reaches the preview without a round trip. Bursts of
 * keystrokes are coalesced into one render.
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
    if (context === null) return;
    // A zero delay lets the editor paint the keystroke first and merges a burst into one render.
    const timer = setTimeout(() => {
      try {
        const result = renderTemplateSync({ id, body, bodyLine: 1 }, context, { mode: 'preview' });
        setState({ result, error: null });
      } catch (error) {
        setState((previous) => ({ result: previous.result, error: describeError(error) }));
      }
    }, 0);
    return () => clearTimeout(timer);
  }, [context, id, body]);

  return contextError ? { ...state, error: contextError } : state;
};
