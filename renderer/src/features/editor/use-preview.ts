import { useEffect, useState } from 'react';
import type { RenderContext } from '../../../../core/templates/context';
import type { UnfilledField } from '../../../../core/templates/types';
import { withRenderTime } from '../../../../core/templates/render-time';
import { useServices } from '../../app/services';
import { createStore, type Store } from '../../components/store';
import { describeError } from '../../components/errors';
import { createPreviewEcho, type BodyEdit, type EchoPatch } from './preview-echo';
import { createPreviewFeed } from './preview-feed';
import { createPreviewRunner, type PreviewRunner } from './preview-runner';

/** Echoes of keystrokes for the preview pane; a listener says whether it showed the echo. */
export type EchoChannel = {
  readonly listen: (listener: ((patch: EchoPatch) => boolean) | null) => void;
};

export type LivePreview = {
  /** Renders this text next; a burst of calls is merged into one render. */
  readonly update: (body: string, edit?: BodyEdit | null) => void;
  readonly echoes: EchoChannel;
  /** The rendered blocks (unsanitised HTML), null until the first render; patched, not re-rendered. */
  readonly blocks: Store<readonly string[] | null>;
  readonly error: string | null;
  /** Changes only when the unfilled fields (or their places) change, not on every keystroke. */
  readonly unfilled: readonly UnfilledField[] | null;
  /** The text's Liquid syntax error, looked for in the preview's worker. */
  readonly checkSyntax: PreviewRunner['checkSyntax'];
};

const sameUnfilled = (a: readonly UnfilledField[] | null, b: readonly UnfilledField[]) =>
  a !== null &&
  a.length === b.length &&
  a.every((u, i) => {
    const v = b[i]!;
    return u.field === v.field && u.line === v.line && u.column === v.column;
  });

/**
 * The live preview. The data behind the placeholders is fetched once per document (and again
 * when `revision` says the workspace changed); the body is then rendered here, with the same
 * engine the export uses, so a keystroke reaches the preview without a round trip. The engine
 * runs in a Web Worker that is stopped when a render takes too long, so a runaway template never
 * freezes the editor.
 *
 * The text never passes through React state: the editor hands each change to `update`, the
 * blocks go to a store the preview patches itself from, and the screen re-renders only when the
 * unfilled fields or the error change.
 */
export const usePreview = (
  dir: string,
  id: string,
  initialBody: string,
  revision: number,
): LivePreview => {
  const { api } = useServices();
  const [context, setContext] = useState<RenderContext | null>(null);
  const [contextError, setContextError] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [unfilled, setUnfilled] = useState<readonly UnfilledField[] | null>(null);
  const [blocks] = useState(() => createStore<readonly string[] | null>(null));
  // What React was last told, read by the feed's callbacks (not during render).
  const [shown] = useState<{ error: string | null; unfilled: readonly UnfilledField[] | null }>(
    () => ({ error: null, unfilled: null }),
  );
  // Disposed with the editor; a disposed runner starts a fresh worker if it is used again.
  const [runner] = useState<PreviewRunner>(() => createPreviewRunner());
  // The texts last typed and last sent to the worker, and whether the screen shows an echo of a
  // text newer than the worker has answered for (its answer for an older text is then not shown).
  const [texts] = useState(() => ({ typed: initialBody, sent: initialBody, echoAhead: false }));
  const [feed] = useState(() =>
    createPreviewFeed(initialBody, {
      render: (body) => {
        texts.sent = body;
        return runner.render(id, body);
      },
      // React hears only of a change (a state update, even one it then drops as unchanged, can
      // render the whole editor screen): a keystroke usually changes neither.
      onResult: (result) => {
        const stale = texts.sent !== texts.typed;
        if (!stale || !texts.echoAhead) {
          texts.echoAhead = false;
          blocks.set(result.blocks);
        }
        if (shown.error !== null) {
          shown.error = null;
          setError(null);
        }
        if (!sameUnfilled(shown.unfilled, result.unfilled)) {
          shown.unfilled = result.unfilled;
          setUnfilled(result.unfilled);
        }
      },
      onError: (failure) => {
        shown.error = describeError(failure);
        setError(shown.error);
      },
    }),
  );
  const [echo] = useState(() => {
    const toPatch = createPreviewEcho();
    let listener: ((patch: EchoPatch) => boolean) | null = null;
    return {
      channel: { listen: (next) => void (listener = next) } satisfies EchoChannel,
      show: (before: string, after: string, edit: BodyEdit) =>
        // After the editor's own update (which reads its layout) and before the frame: changing
        // the preview inside the update made the browser lay out the preview there and then.
        queueMicrotask(() => {
          // Nothing is echoed over an error or before the first render: the worker decides then.
          if (!listener || shown.error !== null || blocks.get() === null) return;
          if (texts.typed !== after) return;
          const patch = toPatch(before, after, edit, runner.knownOutputs());
          if (patch && listener(patch)) texts.echoAhead = true;
        }),
    };
  });
  const [update] = useState(() => (body: string, edit?: BodyEdit | null) => {
    const before = texts.typed;
    texts.typed = body;
    // The worker gets the text first, so it renders on the other core while this thread echoes.
    feed.update(body);
    if (edit) echo.show(before, body, edit);
  });
  useEffect(
    () => () => {
      feed.stop();
      runner.dispose();
    },
    [feed, runner],
  );

  useEffect(() => {
    let current = true;
    api['preview.context']({ dir, id }).then(
      (answer) => {
        if (!current) return;
        setContext(withRenderTime(answer.context, answer.now));
        setContextError(null);
      },
      (failure: unknown) => current && setContextError(describeError(failure)),
    );
    return () => {
      current = false;
    };
  }, [api, dir, id, revision]);

  useEffect(() => {
    if (context === null) return;
    runner.setContext(context);
    feed.start();
  }, [runner, context, feed]);

  return {
    update,
    echoes: echo.channel,
    blocks,
    error: contextError ?? error,
    unfilled,
    checkSyntax: runner.checkSyntax,
  };
};
