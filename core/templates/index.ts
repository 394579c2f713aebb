export { buildRenderContext, type ContextInput, type RenderContext } from './context';
export { FILE_TAGS, TEMPLATE_LIMITS, createTemplateEngine } from './engine';
export {
  detectMarkdownContext,
  escapeAttribute,
  escapeMarkdown,
  type MarkdownContext,
} from './escape';
export { listTemplateFields } from './fields';
export { TEMPLATE_FILTERS, type TemplateFilterDoc } from './filters';
export { frontMatterSchema, parseTemplate } from './front-matter';
export type { FilePosition, TemplateBody } from './parse-body';
export {
  renderTemplate,
  renderTemplateSync,
  type RenderMode,
  type RenderTemplateOptions,
} from './render';
export type {
  RenderResult,
  Template,
  TemplateField,
  TemplateFile,
  TemplateFrontMatter,
  TemplateOrigin,
  UnfilledField,
} from './types';
