/// <reference lib="webworker" />
import { createBlockHtml } from '../../../../core/preview/block-html';
import { createPreviewRenderer } from '../../../../core/preview/incremental-render';
import { createOutputValues } from '../../../../core/preview/output-values';
import { findSyntaxError } from '../../../../core/templates/syntax-check';
import { withRenderTime } from '../../../../core/templates/render-time';
import {
  createBlockEncoder,
  createBodyReceiver,
  type PreviewReply,
  type PreviewRequest,
} from './preview-protocol';

// The live preview's template engine, off the page's main thread, so the page can stop it (by
// terminating this worker) when a template runs away. It keeps what it rendered, so a keystroke
// renders only the part of the body that changed.

let render: ReturnType<typeof createPreviewRenderer> | null = null;
// How outputs print, for the page's echo of a paragraph with placeholders; reset with the data.
let outputs: ReturnType<typeof createOutputValues> | null = null;
let generation = 0;
const blockHtml = createBlockHtml();
// Unchanged blocks cross back to the page as indices, so a keystroke copies only what changed.
const encode = createBlockEncoder();
// A keystroke's body arrives as its change from the body before.
const receive = createBodyReceiver();

self.onmessage = (event: MessageEvent<PreviewRequest>) => {
  const request = event.data;
  if (request.type === 'context') {
    const context = withRenderTime(request.context, request.now);
    render = createPreviewRenderer(context, 'preview');
    outputs = createOutputValues(context, 'preview');
    generation = request.generation;
    return;
  }
  if (request.type === 'syntax') {
    const problem = findSyntaxError(request.body);
    self.postMessage({ check: request.check, problem } satisfies PreviewReply);
    return;
  }
  const body = receive(request.body);
  self.postMessage({ seq: request.seq, started: true } satisfies PreviewReply);
  let reply: PreviewReply;
  try {
    if (!render || !outputs) throw new Error('The preview has no data yet');
    const { unfilled, blocks, links, plain } = render({
      id: request.id,
      body,
      bodyLine: 1,
    });
    reply = {
      seq: request.seq,
      ok: true,
      result: {
        unfilled,
        blocks: encode(blockHtml(blocks, links)),
        fill: { generation, plain, values: plain.length > 0 ? outputs(body) : {} },
      },
    };
  } catch (error) {
    reply = {
      seq: request.seq,
      ok: false,
      message: error instanceof Error ? error.message : String(error),
    };
  }
  self.postMessage(reply);
};
