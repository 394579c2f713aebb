import type { z } from 'zod';
import type { bodyCopyContract } from './contract-body-copy';
import type { brandingContract, importContract } from './contract-branding';
import type { decisionsContract } from './contract-decisions';
import type { docControlContract } from './contract-doccontrol';
import type { documentIndexContract } from './contract-document-index';
import type {
  checkReportSchema,
  documentsContract,
  documentSummarySchema,
  profileSchema,
  templateSummarySchema,
  workspaceSummarySchema,
} from './contract-documents';
import type { exportContract } from './contract-export';
import type { packContract } from './contract-pack';
import type { publishingContract } from './contract-publishing';
import type { readinessContract } from './contract-readiness';
import type { registersContract } from './contract-registers';
import type { reviewsContract } from './contract-reviews';

// One entry per API method: its input and output schemas. The `Api` type, the dispatcher, the
// HTTP and IPC transports and the renderer's client all derive from this contract. The schemas
// of a group of methods are loaded and built on the first call of one of them, so a call builds
// its own group's schemas and not the whole contract's (loadMethodSchemas); every call is still
// validated against them by the dispatcher.

/**
 * Where each group's schemas are defined. The method table below names each method's group; the
 * compiler checks that it lists every method of these modules and nothing else.
 */
const GROUPS = {
  documents: () => import('./contract-documents').then((m) => m.documentsContract),
  export: () => import('./contract-export').then((m) => m.exportContract),
  registers: () => import('./contract-registers').then((m) => m.registersContract),
  reviews: () => import('./contract-reviews').then((m) => m.reviewsContract),
  docControl: () => import('./contract-doccontrol').then((m) => m.docControlContract),
  readiness: () => import('./contract-readiness').then((m) => m.readinessContract),
  pack: () => import('./contract-pack').then((m) => m.packContract),
  publishing: () => import('./contract-publishing').then((m) => m.publishingContract),
  decisions: () => import('./contract-decisions').then((m) => m.decisionsContract),
  branding: () => import('./contract-branding').then((m) => m.brandingContract),
  import: () => import('./contract-branding').then((m) => m.importContract),
  bodyCopy: () => import('./contract-body-copy').then((m) => m.bodyCopyContract),
  documentIndex: () => import('./contract-document-index').then((m) => m.documentIndexContract),
};

type Group = keyof typeof GROUPS;

export type ApiContract = typeof documentsContract &
  typeof exportContract &
  typeof registersContract &
  typeof reviewsContract &
  typeof docControlContract &
  typeof readinessContract &
  typeof packContract &
  typeof publishingContract &
  typeof decisionsContract &
  typeof brandingContract &
  typeof importContract &
  typeof bodyCopyContract &
  typeof documentIndexContract;
export type ApiMethod = keyof ApiContract;
export type ApiInput<M extends ApiMethod> = z.input<ApiContract[M]['input']>;
export type ApiOutput<M extends ApiMethod> = z.output<ApiContract[M]['output']>;

/** Each method's group: `GroupOf<'readiness'>` must be exactly the readiness module's methods. */
type MethodTable = { readonly [M in ApiMethod]: GroupOf<M> };
type GroupOf<M extends ApiMethod> = {
  [G in Group]: M extends keyof Awaited<ReturnType<(typeof GROUPS)[G]>> ? G : never;
}[Group];

const METHOD_GROUPS: MethodTable = {
  'workspace.create': 'documents',
  'workspace.open': 'documents',
  'workspace.restoreBackup': 'documents',
  'workspace.recent': 'documents',
  'profile.get': 'documents',
  'profile.update': 'documents',
  'documents.list': 'documents',
  'documents.create': 'documents',
  'documents.get': 'documents',
  'documents.render': 'documents',
  'documents.update': 'documents',
  'documents.delete': 'documents',
  'documents.export': 'documents',
  'templates.list': 'documents',
  'templates.get': 'documents',
  'preview.render': 'documents',
  'preview.context': 'documents',
  'workspace.check': 'documents',
  'documents.exportMany': 'export',
  'registers.describe': 'registers',
  'registers.list': 'registers',
  'registers.save': 'registers',
  'registers.delete': 'registers',
  'registers.import': 'registers',
  'registers.export': 'registers',
  'registers.settings': 'registers',
  'registers.updateSettings': 'registers',
  'registers.problems': 'registers',
  'reviews.prepare': 'reviews',
  'reviews.create': 'reviews',
  'reviews.get': 'reviews',
  'reviews.update': 'reviews',
  'reviews.redraw': 'reviews',
  'documents.submitForReview': 'docControl',
  'documents.returnToDraft': 'docControl',
  'documents.approve': 'docControl',
  'documents.withdraw': 'docControl',
  'documents.control': 'docControl',
  'documents.compare': 'docControl',
  'documents.exportVersion': 'docControl',
  'documents.exportRedline': 'docControl',
  'documents.register': 'docControl',
  'documents.exportRegister': 'docControl',
  'readiness.report': 'readiness',
  'pack.build': 'pack',
  'pack.start': 'pack',
  'pack.status': 'pack',
  'pack.cancel': 'pack',
  'documents.exportPdf': 'publishing',
  'decisions.list': 'decisions',
  'decisions.confirm': 'decisions',
  'branding.get': 'branding',
  'branding.update': 'branding',
  'branding.setLogo': 'branding',
  'branding.removeLogo': 'branding',
  'branding.setReferenceDocx': 'branding',
  'branding.removeReferenceDocx': 'branding',
  'documents.import': 'import',
  'documents.copy': 'bodyCopy',
  'documents.index': 'documentIndex',
};

/** The typed client every transport offers the UI. */
export type Api = { [M in ApiMethod]: (input: ApiInput<M>) => Promise<ApiOutput<M>> };

export const API_METHODS = Object.keys(METHOD_GROUPS) as ApiMethod[];

export const isApiMethod = (value: unknown): value is ApiMethod =>
  typeof value === 'string' && Object.hasOwn(METHOD_GROUPS, value);

const loaded = new Map<Group, Promise<Record<string, unknown>>>();

const loadGroup = (group: Group): Promise<Record<string, unknown>> => {
  let schemas = loaded.get(group);
  if (!schemas) {
    schemas = GROUPS[group]();
    // A group that failed to load (a chunk missing mid-update) is tried again on the next call.
    void schemas.catch(() => loaded.delete(group));
    loaded.set(group, schemas);
  }
  return schemas;
};

/** The input and output schemas of one method, built on the first call of its group. */
export const loadMethodSchemas = async <M extends ApiMethod>(method: M): Promise<ApiContract[M]> =>
  (await loadGroup(METHOD_GROUPS[method]))[method] as ApiContract[M];

/** The whole contract, every group loaded (for tests that walk every method's schemas). */
export const loadApiContract = async (): Promise<ApiContract> => {
  const groups = await Promise.all((Object.keys(GROUPS) as Group[]).map(loadGroup));
  return Object.assign({}, ...groups) as ApiContract;
};

export type ApiError = {
  code: string;
  message: string;
  details: Readonly<Record<string, unknown>>;
};
export type ApiResult<T> = { ok: true; data: T } | { ok: false; error: ApiError };

export type Profile = z.output<typeof profileSchema>;
export type DocumentSummary = z.output<typeof documentSummarySchema>;
export type TemplateSummary = z.output<typeof templateSummarySchema>;
export type CheckReport = z.output<typeof checkReportSchema>;
export type WorkspaceSummary = z.output<typeof workspaceSummarySchema>;
