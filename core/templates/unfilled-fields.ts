import type { UnfilledField } from './types';

/** Where a field is unfilled, as a person finds it in the editor: `field (line L, column C)`. */
export const placeOf = (unfilled: UnfilledField): string =>
  `${unfilled.field} (line ${unfilled.line}, column ${unfilled.column})`;

/**
 * The distinct fields left unfilled, in order of first use. Every count a person sees (the
 * editor's Fields tab, the documents list, readiness, an approval refusal) counts fields, not
 * places, so a field used twice is one thing to fill and all of them agree.
 */
export const unfilledFieldNames = (unfilled: readonly UnfilledField[]): string[] => [
  ...new Set(unfilled.map((u) => u.field)),
];
