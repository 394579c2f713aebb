import { loadScaled } from '../../backend/render/render-pool';
import { createInProcessRunner, type DocumentRunner } from '../../core/api/service/document-jobs';
import { TEMPLATE_LIMITS } from '../../core/templates/engine';

// The template engine stops a render after 2 s. On a 2-core machine shared with other heavy jobs
// (load average 27 and more) the register-heavy demo documents take longer than that, and a test
// that renders on the calling thread reported them as broken. Test runners get the engine's limit
// grown with the load per core, as the command line's render workers do (`loadScaled`). The tests
// that prove a runaway template is stopped keep their fixed limit.

/** The engine's limit scaled by the load average per core now (never below 2 s). */
export const testRenderLimitMs = (): number => loadScaled(TEMPLATE_LIMITS.renderLimit);

/** Render workers for test backends: their hard bound grows with the load like the CLI's. */
export const TEST_RENDER_WORKERS = { scaleLimitWithLoad: true } as const;

/** An in-process runner whose jobs carry the load-scaled engine limit unless they set one. */
export const createTestInProcessRunner = (): DocumentRunner => {
  const runner = createInProcessRunner();
  const limit = () => ({ timeLimitMs: testRenderLimitMs() });
  return {
    ...runner,
    render: (job, signal) => runner.render({ ...limit(), ...job }, signal),
    exportDocument: (job) =>
      runner.exportDocument({ ...job, render: { ...limit(), ...job.render } }),
    exportControlled: (job) =>
      runner.exportControlled({ ...job, render: { ...limit(), ...job.render } }),
  };
};
