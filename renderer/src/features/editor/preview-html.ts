import type { Config } from 'dompurify';

/** The tags a rendered document may contain; everything else (script, iframe, style...) goes. */
export const PREVIEW_TAGS = [
  'a',
  'b',
  'blockquote',
  'br',
  'code',
  'del',
  'em',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'hr',
  'i',
  'img',
  'input',
  'li',
  'mark',
  'ol',
  'p',
  'pre',
  's',
  'span',
  'strong',
  'sub',
  'sup',
  'table',
  'tbody',
  'td',
  'th',
  'thead',
  'tr',
  'ul',
];

export const PREVIEW_ATTRIBUTES = [
  'href',
  'title',
  'alt',
  'src',
  'class',
  'data-field',
  'align',
  'start',
  'type',
  'checked',
  'disabled',
  'colspan',
  'rowspan',
];

/** Only the two marker classes survive, so a template cannot restyle the app. */
export const PREVIEW_CLASSES: ReadonlySet<string> = new Set(['field', 'field-unfilled']);

export const PURIFY_CONFIG: Config = {
  ALLOWED_TAGS: PREVIEW_TAGS,
  ALLOWED_ATTR: PREVIEW_ATTRIBUTES,
  ALLOW_DATA_ATTR: false,
  // Images only from the page itself or inline data; remote content is never fetched.
  ALLOWED_URI_REGEXP:
    /^(?:(?:https?|mailto):|data:image\/(?:png|jpeg|gif);|#|[^a-z]|[a-z+.-]+(?:[^a-z+.\-:]|$))/i,
};

export type Sanitise = (html: string) => string;
