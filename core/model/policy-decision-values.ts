import {
  POLICY_DECISIONS,
  policyDecisionValue,
  type DecisionConfirmation,
  type PolicyDecisionKey,
} from './policy-decisions';
import { classificationSchema, policyParametersSchema, type Workspace } from './workspace';

// Reading and changing a policy decision's value as one line of text, the form a user types on
// the command line and a confirmation stores ("14 days", "Public, Internal, Confidential").

export type PolicyDecisionState = 'proposed' | 'confirmed' | 'changed';

export type PolicyDecisionView = {
  readonly key: PolicyDecisionKey;
  readonly label: string;
  readonly unit: string;
  /** The value documents print now. */
  readonly value: string;
  /** proposed: never confirmed; changed: confirmed once, for a value that is no longer current. */
  readonly state: PolicyDecisionState;
  readonly confirmation: DecisionConfirmation | null;
};

/** Result of reading a typed value: the changed workspace, or why the text is not a value. */
export type ValueChange = { ok: true; workspace: Workspace } | { ok: false; message: string };

type DecisionSource = Pick<Workspace, 'parameters' | 'organisation' | 'confirmedDecisions'>;

/** Every policy decision with its current value and whether top management confirmed it. */
export const describePolicyDecisions = (workspace: DecisionSource): PolicyDecisionView[] =>
  POLICY_DECISIONS.map(({ key, label, unit }) => {
    const value = policyDecisionValue(workspace, key);
    const confirmation = workspace.confirmedDecisions[key] ?? null;
    const state: PolicyDecisionState = !confirmation
      ? 'proposed'
      : confirmation.value === value
        ? 'confirmed'
        : 'changed';
    return { key, label, unit, value, state, confirmation };
  });

/** The decision whose key or label the user typed ("rtoHours", "Recovery time objective"). */
export const findPolicyDecision = (name: string) => {
  const wanted = name.trim().toLowerCase();
  return POLICY_DECISIONS.find(
    (d) => d.key.toLowerCase() === wanted || d.label.toLowerCase() === wanted,
  );
};

/** Sets a decision's value from text: "14", "14 days", or level names separated by commas. */
export const setPolicyDecisionValue = (
  workspace: Workspace,
  key: PolicyDecisionKey,
  text: string,
): ValueChange =>
  key === 'classificationLevels'
    ? setClassificationLevels(workspace, text)
    : setNumber(workspace, key, text);

const setNumber = (
  workspace: Workspace,
  key: Exclude<PolicyDecisionKey, 'classificationLevels'>,
  text: string,
): ValueChange => {
  const unit = POLICY_DECISIONS.find((d) => d.key === key)?.unit ?? '';
  const match = /^\s*(\d+)\s*([a-z]*)\s*$/i.exec(text);
  if (!match || (match[2] && match[2].toLowerCase() !== unit)) {
    return {
      ok: false,
      message: `expected a whole number of ${unit}, such as "${workspace.parameters[key]}"`,
    };
  }
  const checked = policyParametersSchema.shape[key].safeParse(Number(match[1]));
  if (!checked.success) {
    return { ok: false, message: checked.error.issues[0]?.message ?? 'not an allowed value' };
  }
  return {
    ok: true,
    workspace: { ...workspace, parameters: { ...workspace.parameters, [key]: checked.data } },
  };
};

// Levels keep their descriptions by name, so renaming the list does not lose what each means.
const setClassificationLevels = (workspace: Workspace, text: string): ValueChange => {
  const names = text
    .split(',')
    .map((n) => n.trim())
    .filter(Boolean);
  const current = workspace.organisation.classification;
  const lower = names.map((n) => n.toLowerCase());
  if (new Set(lower).size !== names.length) {
    return { ok: false, message: 'each classification level may appear only once' };
  }
  const levels = names.map((name) => ({
    name,
    description:
      current.levels.find((l) => l.name.toLowerCase() === name.toLowerCase())?.description ?? '',
  }));
  const fallback = names.find((n) => n.toLowerCase() === current.default.toLowerCase());
  if (!fallback) {
    return {
      ok: false,
      message: `keep the default level "${current.default}" in the list, or change the default in the organisation profile first`,
    };
  }
  const checked = classificationSchema.safeParse({ levels, default: fallback });
  if (!checked.success) {
    return { ok: false, message: checked.error.issues[0]?.message ?? 'not a list of levels' };
  }
  return {
    ok: true,
    workspace: {
      ...workspace,
      organisation: { ...workspace.organisation, classification: checked.data },
    },
  };
};
