import { ANNEX_A_CONTROLS } from '../frameworks/annex-a';
import { soaEntrySchema, type Registers, type SoaEntry } from '../model/registers';
import type { EntryIssue } from './types';

const KNOWN = new Set(ANNEX_A_CONTROLS.map((c) => c.id));

/**
 * The SoA's own rules: an excluded control needs a justification, and a control that a risk
 * selects for treatment cannot be excluded while that risk selects it.
 */
export const soaIssues = (entry: SoaEntry, registers: Registers): EntryIssue[] => {
  const issues: EntryIssue[] = [];
  if (!KNOWN.has(entry.control)) {
    issues.push({ field: 'control', message: `${entry.control} is not an Annex A control` });
  }
  if (entry.applicable === false && entry.justification === '') {
    issues.push({ field: 'justification', message: 'an excluded control needs a justification' });
  }
  if (entry.applicable === false) {
    const selecting = registers.risks.filter((r) => r.controls.includes(entry.control));
    if (selecting.length > 0) {
      const ids = selecting.map((r) => r.id).join(', ');
      issues.push({
        field: 'applicable',
        message: `risk ${ids} selects this control for treatment, so it cannot be excluded`,
      });
    }
  }
  return issues;
};

/**
 * All 93 Annex A controls in catalogue order, each with its stored decision or an undecided one,
 * so the SoA always has exactly one entry per control.
 */
export const completeSoa = (stored: readonly SoaEntry[]): SoaEntry[] => {
  const byControl = new Map(stored.map((e) => [e.control, e]));
  return ANNEX_A_CONTROLS.map(
    (c) => byControl.get(c.id) ?? soaEntrySchema.parse({ control: c.id }),
  );
};

export type SoaCounters = {
  readonly undecided: number;
  readonly excludedWithoutJustification: number;
  readonly applicableWithoutStatus: number;
  readonly applicable: number;
  readonly excluded: number;
  readonly implemented: number;
};

/** The counters the SoA screen and the readiness check show. */
export const soaCounters = (stored: readonly SoaEntry[]): SoaCounters => {
  const all = completeSoa(stored);
  return {
    undecided: all.filter((e) => e.applicable === null).length,
    excludedWithoutJustification: all.filter((e) => e.applicable === false && !e.justification)
      .length,
    applicableWithoutStatus: all.filter((e) => e.applicable === true && e.implementation === null)
      .length,
    applicable: all.filter((e) => e.applicable === true).length,
    excluded: all.filter((e) => e.applicable === false).length,
    implemented: all.filter((e) => e.applicable === true && e.implementation === 'implemented')
      .length,
  };
};
