/**
 * The time a render prints for Liquid's `'now'` and `'today'`: the app's clock (a fixed
 * ISMS_FIXED_TIME, or the Clock the core is given), never the system clock. It rides on the render
 * context under a symbol, so no template can read it as data.
 */
export const RENDER_TIME: unique symbol = Symbol('render time');

/**
 * Whether a body can print the time: Liquid's date filters (`date`, `date_to_xmlschema`...) are
 * the only way, and a filter is only ever called after a `|`.
 */
export const readsClock = (body: string): boolean => /\|\s*date/i.test(body);

/**
 * What a render job carries of the time: the instant only when its body can print it, so a
 * kept result of any other body stays keyed by the date alone. A job without it prints the start
 * of its `today` (UTC), which is all a key with the date can vouch for.
 */
export const renderTimeOf = (body: string, at: Date): { readonly now?: string } =>
  readsClock(body) ? { now: at.toISOString() } : {};

type Data = Readonly<Record<string, unknown>>;

/** `context` with the render time set (a symbol does not survive a copy between threads). */
export const withRenderTime = <C extends Data>(context: C, now: string | undefined): C =>
  now === undefined ? context : { ...context, [RENDER_TIME]: now };

/** The render time set on `context`, if any. */
export const renderTimeIn = (context: Data): string | undefined => {
  const at = (context as Record<PropertyKey, unknown>)[RENDER_TIME];
  return typeof at === 'string' ? at : undefined;
};
