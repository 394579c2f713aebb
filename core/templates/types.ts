import type { DocumentKind, RoleKey } from '../model/workspace';

/** Where a template came from: shipped with the app, or the workspace's own templates/ folder. */
export type TemplateOrigin = 'builtin' | 'workspace';

/** A template file as a TemplateSource hands it over, before parsing. */
export type TemplateFile = {
  readonly file: string;
  readonly origin: TemplateOrigin;
  readonly source: string;
};

export type TemplateFrontMatter = {
  readonly id: string;
  readonly title: string;
  readonly kind: DocumentKind;
  readonly clauses: readonly string[];
  readonly controls: readonly string[];
  readonly summary: string;
  /** The role that owns documents made from this template. */
  readonly owner?: RoleKey | undefined;
};

export type Template = TemplateFrontMatter & {
  readonly body: string;
  /** 1-based line of the body's first line in the file, so errors point into the file. */
  readonly bodyLine: number;
  readonly file: string;
  readonly origin: TemplateOrigin;
};

/** One place where a template prints a value the workspace does not (yet) hold. */
export type UnfilledField = {
  readonly field: string;
  readonly line: number;
  readonly column: number;
};

/** A workspace field a template reads, at its first position in the template file. */
export type TemplateField = {
  readonly field: string;
  readonly line: number;
  readonly column: number;
};

export type RenderResult = {
  readonly markdown: string;
  readonly unfilled: readonly UnfilledField[];
};
