import type { DocxInput } from '../docx/types';
import type { PublishBranding } from '../publish/branding';
import type { PlannedPages } from './layout';
import type { Measure } from './types';
import { recentlyUsed, type RecentlyUsed } from '../recently-used';

/**
 * Page plans kept per measure (one per font set in a process), so a document exported again
 * unchanged is not laid out again. A plan is a few numbers; the key is every input of the
 * layout: the whole Word input but the pages themselves (the body, the cover and
 * document-control texts, the revisions, the logo's size, which is all of the logo the layout
 * reads) and the branding. The fonts are the measure's; the code is this process's.
 */
const LIMIT = 8;
const plans = new WeakMap<Measure, RecentlyUsed<string, PlannedPages>>();

/** Everything `planLayout` reads, as one string; the Markdown last. */
export const planKey = (input: DocxInput, branding: PublishBranding): string => {
  const { markdown, logo, ...rest } = input;
  const image = logo && {
    type: logo.type,
    widthPx: logo.widthPx,
    heightPx: logo.heightPx,
    size: logo.data.length,
  };
  return `${JSON.stringify([{ ...rest, pages: null }, image, branding])}\u0000${markdown}`;
};

/** `plan()` once per key for this measure; the least recently used dropped past LIMIT. */
export const keptPlan = (measure: Measure, key: string, plan: () => PlannedPages): PlannedPages => {
  let kept = plans.get(measure);
  if (!kept) plans.set(measure, (kept = recentlyUsed<string, PlannedPages>(LIMIT)));
  const hit = kept.get(key);
  if (hit) return hit;
  const made = plan();
  kept.set(key, made);
  return made;
};
