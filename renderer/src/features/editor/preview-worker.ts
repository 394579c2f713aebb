/// <reference lib="webworker" />
import { renderTemplateSync } from '../../../../core/templates/render';
import type { RenderContext } from '../../../../core/templates/context';
import type { PreviewReply, PreviewRequest } from './preview-protocol';

// The live preview's template engine, off the page's main thread, so the page can stop it (by
// terminating this worker) when a template runs away.

let context: RenderContext | null = null;

self.onmessage = (event: MessageEvent<PreviewRequest>) => {
  const request = event.data;
  if (request.type === 'context') {
    context = request.context;
    return;
  }
  let reply: PreviewReply;
  try {
    if (!context) throw new Error('The preview has no data yet');
    const result = renderTemplateSync(
      { id: request.id, body: request.body, bodyLine: 1 },
      context,
      {
        mode: 'preview',
      },
    );
    reply = { seq: request.seq, ok: true, result };
  } catch (error) {
    reply = {
      seq: request.seq,
      ok: false,
      message: error instanceof Error ? error.message : String(error),
    };
  }
  self.postMessage(reply);
};
