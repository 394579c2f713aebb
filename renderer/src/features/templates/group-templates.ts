import type { TemplateSummary } from '../../../../core/api/contract';
import {
  ANNEX_A_CONTROLS,
  ANNEX_A_THEME_TITLES,
  type AnnexATheme,
} from '../../../../core/frameworks/annex-a';

export type TemplateGroup = {
  key: string;
  title: string;
  templates: TemplateSummary[];
};

/** Short titles of clauses 4-10, the standard's section names. */
export const CLAUSE_TITLES: Readonly<Record<string, string>> = {
  '4': 'Context of the organisation',
  '5': 'Leadership',
  '6': 'Planning',
  '7': 'Support',
  '8': 'Operation',
  '9': 'Performance evaluation',
  '10': 'Improvement',
};

const THEME_ORDER: readonly AnnexATheme[] = [
  'organizational',
  'people',
  'physical',
  'technological',
];
const controlsById = new Map(ANNEX_A_CONTROLS.map((control) => [control.id, control]));

/** The Annex A control with that identifier, if it exists. */
export const findControl = (id: string) => controlsById.get(id);

const byTitle = (a: TemplateSummary, b: TemplateSummary) => a.title.localeCompare(b.title);

const collect = (
  templates: readonly TemplateSummary[],
  keysOf: (template: TemplateSummary) => readonly string[],
  order: readonly string[],
  titleOf: (key: string) => string,
): TemplateGroup[] => {
  const groups = new Map<string, TemplateSummary[]>();
  for (const template of templates) {
    const keys = new Set(keysOf(template));
    for (const key of keys.size > 0 ? keys : ['other']) {
      groups.set(key, [...(groups.get(key) ?? []), template]);
    }
  }
  return [...order, 'other']
    .filter((key) => groups.has(key))
    .map((key) => ({ key, title: titleOf(key), templates: (groups.get(key) ?? []).sort(byTitle) }));
};

/** Groups templates under the clauses (4-10) they answer; one may sit in several groups. */
export const groupByClause = (templates: readonly TemplateSummary[]): TemplateGroup[] =>
  collect(
    templates,
    (template) =>
      template.clauses
        .map((clause) => clause.split(/[.(]/)[0] ?? '')
        .filter((c) => c in CLAUSE_TITLES),
    Object.keys(CLAUSE_TITLES),
    (key) =>
      key === 'other'
        ? 'Supporting documents (no clause)'
        : `Clause ${key} · ${CLAUSE_TITLES[key] ?? ''}`,
  );

/** Groups templates under the Annex A themes of the controls they cover. */
export const groupByTheme = (templates: readonly TemplateSummary[]): TemplateGroup[] =>
  collect(
    templates,
    (template) => template.controls.flatMap((id) => findControl(id)?.theme ?? []),
    THEME_ORDER,
    (key) => (key === 'other' ? 'No Annex A controls' : ANNEX_A_THEME_TITLES[key as AnnexATheme]),
  );

/** Whether a template matches a free-text filter (title, summary, id, clause or control). */
export const matchesFilter = (template: TemplateSummary, filter: string): boolean => {
  const needle = filter.trim().toLowerCase();
  if (!needle) return true;
  const haystack = [
    template.title,
    template.summary,
    template.id,
    ...template.clauses,
    ...template.controls,
  ];
  return haystack.some((text) => text.toLowerCase().includes(needle));
};
