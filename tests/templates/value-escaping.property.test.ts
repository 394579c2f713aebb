import fc from 'fast-check';
import { describe, it } from 'vitest';
import {
  checkMarkers,
  checkPreview,
  checkWord,
  surrounding,
  value,
} from '../support/escaping-property';

// Fixed seeds, so a failure is repeatable; several, so more inputs are tried on every run. Each
// seed here once found a value that was not inert; `npm run sweep:escaping` tries many more.
const SEEDS = [27001, 1, 2, 5, 10, 7, 11, 13, 15, 16, 21, 40, 45];

describe('values inserted into a template stay inert', () => {
  it('add no link, no HTML element and keep their text in the preview', { timeout: 300_000 }, () => {
    for (const seed of SEEDS) {
      fc.assert(fc.property(surrounding, value, surrounding, checkPreview), { numRuns: 250, seed });
    }
  });

  it('shows the preview markers only around the value itself', { timeout: 300_000 }, () => {
    for (const seed of SEEDS) {
      fc.assert(fc.property(surrounding, value, surrounding, checkMarkers), { numRuns: 120, seed });
    }
  });

  it('add no hyperlink and keep their text in the Word export', { timeout: 300_000 }, async () => {
    await fc.assert(fc.asyncProperty(surrounding, value, surrounding, checkWord), {
      numRuns: 40,
      seed: SEEDS[0],
    });
  });
});
