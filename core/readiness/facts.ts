import type { DocumentMeta } from '../model/workspace';

// The readiness rules read these facts rather than the workspace model directly, so a richer
// register model (owners on SoA entries, effectiveness checks, approval of the risk criteria)
// changes only the adapter that fills them. `undefined` on an optional fact means "this
// workspace's model does not record it", and the rule that needs it is skipped rather than failed.

export type DocumentFact = {
  readonly meta: DocumentMeta;
  /** Unfilled fields in the rendered document. */
  readonly unfilled: number;
  /** Why the document cannot be rendered (missing body, syntax error, unknown person...). */
  readonly problems: readonly string[];
  /** The body or the data it uses changed after the last approval. */
  readonly changedSinceApproval: boolean;
  /** Who wrote the current version; the owner when the model records no author. */
  readonly author: string | null;
  /** Document IDs the body mentions (BWA-POL-001...). */
  readonly references: readonly string[];
};

export type RiskFact = {
  readonly id: string;
  readonly owner: string | null;
  readonly treatment: string | null;
  /** Residual score (likelihood x impact), or the inherent one when no residual is recorded. */
  readonly residualScore: number;
  readonly acceptedBy: string | null;
  readonly controls: readonly string[];
};

export type TreatmentFact = {
  readonly id: string;
  readonly risk: string;
  readonly owner: string | null;
  readonly status: string;
  readonly controls: readonly string[];
};

export type SoaFact = {
  readonly control: string;
  /** null: no decision taken yet. */
  readonly applicable: boolean | null;
  readonly justification: string;
  /** null: no implementation status recorded. */
  readonly implementation: string | null;
  readonly owner?: string | null;
};

export type AuditFact = {
  readonly id: string;
  readonly completed: boolean;
  /** Whether the audit covered clauses 4-10. */
  readonly coversClauses: boolean;
  /** Annex A controls the audit covered. */
  readonly controls: readonly string[];
};

export type NonconformityFact = {
  readonly id: string;
  readonly open: boolean;
  readonly correctiveAction: string;
  readonly owner: string | null;
  /** undefined when the model cannot record a verification of effectiveness. */
  readonly effectivenessChecked?: boolean;
  readonly controls: readonly string[];
};

export type ToBeConfirmed = {
  /** The field path, such as `parameters.passwordMinLength`. */
  readonly field: string;
  readonly label: string;
  /** `changed`: confirmed once, for a value that is no longer the current one. */
  readonly reason?: 'never-confirmed' | 'changed';
};

export type ReadinessFacts = {
  readonly today: string;
  readonly organisationName: string;
  readonly scopeStatement: string;
  readonly roles: Readonly<Record<string, string | null | undefined>>;
  readonly documents: readonly DocumentFact[];
  /** Who in top management approved the risk criteria; undefined when the model cannot say. */
  readonly riskCriteriaApprovedBy?: string | null;
  readonly riskAcceptanceThreshold: number;
  readonly contextIssues: number;
  readonly interestedParties: number;
  readonly risks: readonly RiskFact[];
  readonly treatments: readonly TreatmentFact[];
  readonly soa: readonly SoaFact[];
  readonly objectives: readonly { id: string; measure: string }[];
  readonly competenceRecords: number;
  readonly audits: readonly AuditFact[];
  readonly nonconformities: readonly NonconformityFact[];
  readonly managementReviews: readonly { id: string; date: string; inputs: readonly string[] }[];
  /** Proposed policy values nobody confirmed; undefined when the workspace cannot say. */
  readonly toBeConfirmed?: readonly ToBeConfirmed[];
  /** References between records that point nowhere (an action for a risk that does not exist). */
  readonly danglingReferences: readonly { register: string; from: string; message: string }[];
};
