import type { Palette } from './look';
import type { Measure } from './types';

/**
 * Layout results kept per measure (one per font set in a process): an export run again after an
 * edit, and the layout's repeated passes over the contents, measure and break only the text they
 * have not seen. Keyed by everything the result depends on (runs, style, width and
 * palette), so a hit is the same answer the layout would give. Results are shared: read-only.
 */
export type LayoutCacheKind = 'flow';

/**
 * About 2,000 text flows make a twenty-page document. A batch export gains nothing from more,
 * and its peak memory (two workers) must stay flat: keeping a whole body's laid-out slices as
 * well cost about 15 MB of peak memory in the demo export, so they are laid out again each time.
 */
const LIMITS: Readonly<Record<LayoutCacheKind, number>> = { flow: 2_500 };

const caches = new WeakMap<Measure, Record<LayoutCacheKind, Map<string, unknown>>>();
const paletteKeys = new WeakMap<Palette, string>();

/** The palette as a string, worked out once per palette object. */
export const paletteKey = (palette: Palette): string => {
  let key = paletteKeys.get(palette);
  if (key === undefined) paletteKeys.set(palette, (key = JSON.stringify(palette)));
  return key;
};

/** `compute()` once per distinct `key` (with the palette) for this measure; least recent dropped. */
export const cachedLayout = <T>(
  kind: LayoutCacheKind,
  measure: Measure,
  palette: Palette,
  key: string,
  compute: () => T,
): T => {
  let forMeasure = caches.get(measure);
  if (!forMeasure) caches.set(measure, (forMeasure = { flow: new Map() }));
  const cache = forMeasure[kind];
  const full = `${paletteKey(palette)}\u0000${key}`;
  if (cache.has(full)) {
    const hit = cache.get(full) as T;
    cache.delete(full);
    cache.set(full, hit);
    return hit;
  }
  const value = compute();
  cache.set(full, value);
  if (cache.size > LIMITS[kind]) cache.delete(cache.keys().next().value as string);
  return value;
};
