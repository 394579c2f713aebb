import type { Context, FilterImplOptions, Liquid } from 'liquidjs';
import { ANNEX_A_CONTROLS } from '../frameworks/annex-a';
import { RENDER_TIME } from './render-time';

/** A filter a template author can use, as the README and the editor's autocomplete show it. */
export type TemplateFilterDoc = {
  readonly name: string;
  readonly description: string;
  readonly example: string;
};

/** The filters this app adds to Liquid's standard ones (upcase, default, where, map, size, ...). */
export const TEMPLATE_FILTERS: readonly TemplateFilterDoc[] = [
  {
    name: 'format_date',
    description: 'Writes a YYYY-MM-DD date out in full.',
    example: "{{ '2026-11-28' | format_date }} -> 28 November 2026",
  },
  {
    name: 'add_months',
    description: 'Adds a number of months to a date (end of month when the day does not exist).',
    example: "{{ '2026-01-31' | add_months: 1 }} -> 2026-02-28",
  },
  {
    name: 'add_days',
    description: 'Adds a number of days to a date.',
    example: "{{ '2026-12-30' | add_days: 5 }} -> 2027-01-04",
  },
  {
    name: 'plural',
    description: 'A count (or a list, by its length) with the right form of a noun.',
    example: "{{ risks | plural: 'risk' }} -> 3 risks; {{ 1 | plural: 'policy' }} -> 1 policy",
  },
  {
    name: 'sentence',
    description: 'Joins a list as running text; people print by name.',
    example: '{{ managementReview.attendees | sentence }} -> Ann Lee, Bo Chen and Cy Diaz',
  },
  {
    name: 'yes_no',
    description: 'Writes a true/false value as Yes or No.',
    example: '{{ parameters.mfaRequired | yes_no }} -> Yes',
  },
  {
    name: 'person',
    description: 'A person as "Name (Job title)", or just the name when there is no job title.',
    example: '{{ roles.ciso | person }} -> Dana Reyes (Chief Information Security Officer)',
  },
  {
    name: 'control_title',
    description: 'The short title of an ISO/IEC 27001:2022 Annex A control.',
    example: "{{ '5.15' | control_title }} -> Access control",
  },
  {
    name: 'linked_to',
    description:
      'The entries of a list (risks, treatment actions) that name any of the given Annex A controls, in their order.',
    example: "{{ risks | linked_to: '5.15,8.5' | map: 'id' | join: ',' }} -> R1,R2",
  },
  {
    name: 'percent',
    description: 'A count as a whole-number percentage of a total.',
    example: '{{ soaSummary.implemented | percent: soaSummary.applicable }} -> 75%',
  },
];

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
] as const;

type CalendarDate = { readonly year: number; readonly month: number; readonly day: number };

/** Adds TEMPLATE_FILTERS to an engine. Data it cannot read (a malformed date) passes through. */
export const registerTemplateFilters = (engine: Liquid): void => {
  for (const name of CLOCK_FILTERS) engine.registerFilter(name, onAppClock(engine.filters[name]));
  engine.registerFilter('format_date', (value: unknown) => {
    const date = readDate(value);
    return date ? `${date.day} ${MONTHS[date.month - 1]} ${date.year}` : value;
  });
  engine.registerFilter('add_months', (value: unknown, months: unknown) => {
    const date = readDate(value);
    if (!date) return value;
    const target = date.month - 1 + readInteger(months, 'add_months');
    const year = date.year + Math.floor(target / 12);
    const month = (((target % 12) + 12) % 12) + 1;
    return formatIso({ year, month, day: Math.min(date.day, daysInMonth(year, month)) });
  });
  engine.registerFilter('add_days', (value: unknown, days: unknown) => {
    const date = readDate(value);
    if (!date) return value;
    const shifted = new Date(
      Date.UTC(date.year, date.month - 1, date.day + readInteger(days, 'add_days')),
    );
    return shifted.toISOString().slice(0, 10);
  });
  engine.registerFilter('plural', plural);
  engine.registerFilter('sentence', (value: unknown) => sentence(value));
  engine.registerFilter('yes_no', (value: unknown) =>
    value === false || value === 'false' || value === null || value === undefined ? 'No' : 'Yes',
  );
  engine.registerFilter('person', person);
  engine.registerFilter('control_title', (value: unknown) =>
    typeof value === 'string' ? (CONTROL_TITLES.get(value) ?? value) : value,
  );
  engine.registerFilter('linked_to', linkedTo);
  engine.registerFilter('percent', (value: unknown, total: unknown) => {
    const part = Number(value);
    const whole = Number(total);
    if (!Number.isFinite(part) || !Number.isFinite(whole) || whole === 0) return '0%';
    return `${Math.round((part / whole) * 100)}%`;
  });
};

/** Liquid's filters that read the system clock for `'now'` and `'today'`. */
const CLOCK_FILTERS = [
  'date',
  'date_to_xmlschema',
  'date_to_rfc822',
  'date_to_string',
  'date_to_long_string',
] as const;

/** The render's time (see render-time.ts), else the start of the context's `today`, in ms. */
const renderTime = (context: Context): number | undefined => {
  const scope = context.environments as Record<PropertyKey, unknown>;
  const at = scope[RENDER_TIME];
  if (typeof at === 'string' && !Number.isNaN(Date.parse(at))) return Date.parse(at);
  const today = scope['today'];
  const start = typeof today === 'string' ? Date.parse(`${today}T00:00:00Z`) : Number.NaN;
  return Number.isNaN(start) ? undefined : start;
};

type FilterThis = ThisParameterType<Extract<FilterImplOptions, (...args: never[]) => unknown>>;

/** `builtin` with `'now'` and `'today'` read as the render's time instead of the system's. */
const onAppClock = (builtin: FilterImplOptions | undefined): FilterImplOptions => {
  const handler = typeof builtin === 'function' ? builtin : builtin?.handler;
  if (!handler) throw new Error('Liquid has no date filter to wrap');
  return function (this: FilterThis, value: unknown, ...args: unknown[]): unknown {
    const at = value === 'now' || value === 'today' ? renderTime(this.context) : undefined;
    return handler.call(this, at === undefined ? value : new Date(at), ...args);
  };
};

// One JavaScript pass instead of a Liquid loop with a nested loop per entry: a policy's
// "risks it treats" table at 10,000 risks.
const linkedTo = (value: unknown, controls: unknown): unknown[] => {
  if (!Array.isArray(value)) return [];
  const wanted = new Set(
    (Array.isArray(controls) ? controls : typeof controls === 'string' ? controls.split(',') : [])
      .map((c: unknown) => (typeof c === 'string' || typeof c === 'number' ? String(c).trim() : ''))
      .filter((c) => c !== ''),
  );
  return value.filter((entry: unknown) => {
    const linked: unknown =
      entry !== null && typeof entry === 'object' && Object.hasOwn(entry, 'controls')
        ? (entry as { controls: unknown }).controls
        : undefined;
    return Array.isArray(linked) && linked.some((c) => typeof c === 'string' && wanted.has(c));
  });
};

const CONTROL_TITLES = new Map(ANNEX_A_CONTROLS.map((c) => [c.id, c.title]));

const readDate = (value: unknown): CalendarDate | null => {
  const match = typeof value === 'string' ? /^(\d{4})-(\d{2})-(\d{2})(?:$|T)/.exec(value) : null;
  if (!match) return null;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return null;
  return { year, month, day };
};

const daysInMonth = (year: number, month: number): number =>
  new Date(Date.UTC(year, month, 0)).getUTCDate();

const formatIso = ({ year, month, day }: CalendarDate): string =>
  `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;

const readInteger = (value: unknown, filter: string): number => {
  const number = typeof value === 'string' ? Number(value.trim()) : value;
  if (typeof number !== 'number' || !Number.isInteger(number)) {
    throw new Error(`${filter} needs a whole number, got ${JSON.stringify(value) ?? 'nothing'}`);
  }
  return number;
};

const plural = (value: unknown, singular: unknown, pluralForm?: unknown): string => {
  const count = Array.isArray(value) ? value.length : Number(value);
  const noun = typeof singular === 'string' ? singular : '';
  if (!Number.isFinite(count)) return noun;
  const many = typeof pluralForm === 'string' ? pluralForm : regularPlural(noun);
  return `${count} ${count === 1 ? noun : many}`.trim();
};

const regularPlural = (noun: string): string => {
  if (/[^aeiou]y$/i.test(noun)) return `${noun.slice(0, -1)}ies`;
  if (/(s|x|z|ch|sh)$/i.test(noun)) return `${noun}es`;
  return noun === '' ? noun : `${noun}s`;
};

const sentence = (value: unknown): string => {
  const items = (Array.isArray(value) ? value : [value]).map(nameOf).filter((s) => s !== '');
  if (items.length <= 1) return items[0] ?? '';
  return `${items.slice(0, -1).join(', ')} and ${items.at(-1) ?? ''}`;
};

const person = (value: unknown): unknown => {
  if (value === null || typeof value !== 'object') return value;
  const { name, jobTitle, notApplicable } = value as {
    name?: unknown;
    jobTitle?: unknown;
    notApplicable?: unknown;
  };
  if (typeof name !== 'string') return value;
  if (notApplicable === true) return name;
  return typeof jobTitle === 'string' && jobTitle !== '' ? `${name} (${jobTitle})` : name;
};

/** How a list item reads in running text: people and records by name, title or label. */
export const nameOf = (value: unknown): string => {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (typeof value !== 'object') return '';
  const record = value as Record<string, unknown>;
  for (const key of ['name', 'title', 'label', 'id']) {
    const text = record[key];
    if (typeof text === 'string' || typeof text === 'number') return String(text);
  }
  return '';
};
