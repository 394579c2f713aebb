import { AppError } from '../../errors';
import {
  describePolicyDecisions,
  findPolicyDecision,
  setPolicyDecisionValue,
} from '../../model/policy-decision-values';
import { POLICY_DECISIONS, confirmPolicyDecisions } from '../../model/policy-decisions';
import type { Workspace } from '../../model/workspace';
import type { PolicyDecisionList } from '../contract-decisions';
import type { Handlers } from '../dispatch';
import type { Clock } from '../ports';
import { isoDay } from './dates';
import type { WorkspaceSessions } from './workspace-sessions';

type Deps = { sessions: WorkspaceSessions; clock: Clock };

const listOf = (workspace: Workspace, today: string): PolicyDecisionList => {
  const names = new Map(workspace.people.map((p) => [p.id, p.name]));
  const topId = workspace.roles.topManagement ?? null;
  const topName = topId ? names.get(topId) : undefined;
  return {
    today,
    topManagement: topId && topName ? { id: topId, name: topName } : null,
    decisions: describePolicyDecisions(workspace).map((d) => ({
      ...d,
      confirmation: d.confirmation && {
        ...d.confirmation,
        confirmedByName: names.get(d.confirmation.confirmedBy ?? '') ?? null,
      },
    })),
  };
};

/** The person `by` names (ID or name), who must hold the top management role. */
const confirmer = (workspace: Workspace, by: string): string => {
  const top = workspace.people.find((p) => p.id === workspace.roles.topManagement);
  if (!top) {
    throw new AppError(
      'invalid-input',
      'roles.topManagement: nobody holds the top management role; name them under People and roles first',
      { path: 'roles.topManagement' },
    );
  }
  const wanted = by.trim().toLowerCase();
  const person = workspace.people.find(
    (p) => p.id === by.trim() || p.name.trim().toLowerCase() === wanted,
  );
  if (person?.id !== top.id) {
    throw new AppError(
      'invalid-input',
      `by: policy decisions are confirmed by top management (${top.name}); ` +
        `${person ? `${person.name} does not hold that role` : `nobody called "${by}" is in the workspace`}`,
      { path: 'by', value: by },
    );
  }
  return top.id;
};

export const createDecisionHandlers = ({
  sessions,
  clock,
}: Deps): Pick<Handlers, 'decisions.list' | 'decisions.confirm'> => ({
  'decisions.list': async ({ dir }) => listOf(await sessions.read(dir), isoDay(clock.now())),
  'decisions.confirm': async ({ dir, key, value, by, on }) => {
    const decision = findPolicyDecision(key);
    if (!decision) {
      const known = POLICY_DECISIONS.map((d) => d.key).join(', ');
      throw new AppError('invalid-input', `key: no policy decision "${key}"; use one of ${known}`, {
        path: 'key',
      });
    }
    const today = isoDay(clock.now());
    const date = on ?? today;
    if (date > today) {
      throw new AppError(
        'invalid-input',
        `on: ${date} is in the future; a decision is recorded once taken`,
        {
          path: 'on',
        },
      );
    }
    const saved = await sessions.update(dir, (workspace) => {
      const person = confirmer(workspace, by);
      let changed = workspace;
      if (value !== undefined) {
        const result = setPolicyDecisionValue(workspace, decision.key, value);
        if (!result.ok) {
          throw new AppError('invalid-input', `value: ${decision.label}: ${result.message}`, {
            path: 'value',
            value,
          });
        }
        changed = result.workspace;
      }
      return confirmPolicyDecisions(changed, [decision.key], person, date);
    });
    return listOf(saved, today);
  },
});
