import {
  ANNEX_A_CONTROLS,
  ANNEX_A_THEME_TITLES,
  type AnnexATheme,
} from '../../../../core/frameworks/annex-a';
import type { SoaEntry } from '../../../../core/model/registers';

/** An SoA row as listed: the stored decision plus what the app derives for it. */
export type SoaRow = SoaEntry & {
  readonly title: string;
  readonly risks: readonly string[];
  readonly actions: readonly string[];
  readonly documents: readonly string[];
  readonly riskTreatment: boolean;
};

export type SoaFocus =
  'all' | 'undecided' | 'excludedWithoutJustification' | 'applicableWithoutStatus';

const THEME_OF = new Map(ANNEX_A_CONTROLS.map((c) => [c.id, c.theme]));
const THEMES = Object.keys(ANNEX_A_THEME_TITLES) as AnnexATheme[];

const strings = (value: unknown): string[] =>
  Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];

/** Reads a listed row defensively: derived fields may be missing from an older backend. */
export const toSoaRow = (entry: Readonly<Record<string, unknown>>): SoaRow => ({
  ...(entry as SoaEntry),
  title:
    typeof entry['title'] === 'string'
      ? entry['title']
      : (ANNEX_A_CONTROLS.find((c) => c.id === entry['control'])?.title ?? ''),
  risks: strings(entry['risks']),
  actions: strings(entry['actions']),
  documents: strings(entry['documents']),
  riskTreatment: entry['riskTreatment'] === true,
});

export const needsAttention = (row: SoaEntry, focus: SoaFocus): boolean => {
  switch (focus) {
    case 'undecided':
      return row.applicable === null;
    case 'excludedWithoutJustification':
      return row.applicable === false && row.justification.trim() === '';
    case 'applicableWithoutStatus':
      return row.applicable === true && row.implementation === null;
    case 'all':
      return true;
  }
};

const matches = (row: SoaRow, query: string) => {
  const text =
    `${row.control} ${row.title} ${row.justification} ${row.howImplemented}`.toLowerCase();
  return query
    .toLowerCase()
    .split(/\s+/)
    .filter(Boolean)
    .every((word) => text.includes(word));
};

export type SoaGroup = {
  readonly theme: AnnexATheme;
  readonly title: string;
  readonly rows: SoaRow[];
};

/** The controls grouped by Annex A theme in catalogue order, filtered by focus and search. */
export const groupByTheme = (rows: readonly SoaRow[], focus: SoaFocus, query: string): SoaGroup[] =>
  THEMES.map((theme) => ({
    theme,
    title: ANNEX_A_THEME_TITLES[theme],
    rows: rows.filter(
      (row) =>
        THEME_OF.get(row.control) === theme && needsAttention(row, focus) && matches(row, query),
    ),
  })).filter((group) => group.rows.length > 0);

export type BulkDecision =
  | { readonly kind: 'applicable' }
  | { readonly kind: 'excluded'; readonly justification: string }
  | { readonly kind: 'status'; readonly status: NonNullable<SoaEntry['implementation']> };

/** The fields a bulk decision changes on each selected control. */
export const bulkPatch = (decision: BulkDecision): Partial<SoaEntry> => {
  switch (decision.kind) {
    case 'applicable':
      return { applicable: true };
    case 'excluded':
      return { applicable: false, justification: decision.justification, implementation: null };
    case 'status':
      return { applicable: true, implementation: decision.status };
  }
};
