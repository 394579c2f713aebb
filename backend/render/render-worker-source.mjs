// The render worker when the backend runs from its TypeScript sources (tsx, vitest): registers
// tsx inside the worker thread, then loads the worker itself.
import { register } from 'tsx/esm/api';

register();
await import('./render-worker.ts');
