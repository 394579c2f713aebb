import { useEffect, useRef, useState } from 'react';
import type { ApiOutput } from '../../../../core/api/contract';
import { useServices } from '../../app/services';
import { describeError } from '../../components/errors';

const PREVIEW_DELAY_MS = 150;

export type PreviewState = {
  result: ApiOutput<'preview.render'> | null;
  error: string | null;
};

/**
 * Renders the unsaved body ~150 ms after it changes; `revision` forces a render when the data
 * behind the placeholders changed. Answers to older requests are dropped.
 */
export const usePreview = (
  dir: string,
  id: string,
  body: string,
  revision: number,
): PreviewState => {
  const { api } = useServices();
  const [state, setState] = useState<PreviewState>({ result: null, error: null });
  const sequence = useRef(0);
  useEffect(() => {
    const ticket = ++sequence.current;
    const timer = setTimeout(() => {
      api['preview.render']({ dir, id, body }).then(
        (result) => ticket === sequence.current && setState({ result, error: null }),
        (error: unknown) =>
          ticket === sequence.current &&
          setState((prev) => ({ result: prev.result, error: describeError(error) })),
      );
    }, PREVIEW_DELAY_MS);
    return () => clearTimeout(timer);
  }, [api, dir, id, body, revision]);
  return state;
};
