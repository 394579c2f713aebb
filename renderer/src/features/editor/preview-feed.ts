import type { PreviewOutput } from './preview-protocol';
import { PreviewSuperseded } from './preview-runner';

export type PreviewFeedOptions = {
  readonly render: (body: string) => Promise<PreviewOutput>;
  readonly onResult: (result: PreviewOutput) => void;
  readonly onError: (error: unknown) => void;
};

/**
 * Feeds the editor's text to the preview renderer, one render at a time. A change is posted at
 * once when the renderer is idle (it runs in a worker, on another core, while the editor paints
 * the keystroke); changes made while it is busy are merged into one render of the latest text,
 * started as soon as it answers.
 */
export const createPreviewFeed = (initialBody: string, options: PreviewFeedOptions) => {
  let body = initialBody;
  let ready = false;
  let busy = false;
  let again = false;

  const run = () => {
    busy = true;
    again = false;
    const settled = () => {
      busy = false;
      if (again && ready) run();
    };
    options.render(body).then(
      (result) => {
        if (ready) options.onResult(result);
        settled();
      },
      (error: unknown) => {
        if (ready && !(error instanceof PreviewSuperseded)) options.onError(error);
        settled();
      },
    );
  };

  return {
    /** The editor's latest text. */
    update: (next: string) => {
      body = next;
      if (!ready) return;
      if (busy) again = true;
      else run();
    },
    /** The renderer has its data (again): renders the latest text. */
    start: () => {
      ready = true;
      if (busy) again = true;
      else run();
    },
    /** Nothing more is rendered or reported. */
    stop: () => {
      ready = false;
    },
  };
};

export type PreviewFeed = ReturnType<typeof createPreviewFeed>;
