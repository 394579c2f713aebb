import { POLICY_DECISION_KEYS, confirmPolicyDecisions } from '../model/policy-decisions';
import { CURRENT_SCHEMA_VERSION, workspaceSchema, type Workspace } from '../model/workspace';
import { DEMO_ORGANISATION, DEMO_PEOPLE, DEMO_ROLES } from './demo-organisation';
import { DEMO_REGISTERS } from './demo-registers';

/**
 * The demo workspace without documents: a complete profile, roles and registers for a fictional
 * company, so every template renders filled with no input at all. Documents are added from the
 * template library when the demo is created (see the workspace service).
 */
export const createDemoWorkspaceData = (): Workspace =>
  confirmPolicyDecisions(
    workspaceSchema.parse({
      schemaVersion: CURRENT_SCHEMA_VERSION,
      organisation: DEMO_ORGANISATION,
      people: DEMO_PEOPLE,
      roles: DEMO_ROLES,
      registers: DEMO_REGISTERS,
      documents: [],
    }),
    POLICY_DECISION_KEYS,
    DEMO_ROLES?.topManagement ?? null,
    DECISIONS_CONFIRMED_ON,
  );

/** The leadership meeting that confirmed the policy values, before the policies were approved. */
const DECISIONS_CONFIRMED_ON = '2026-09-08';
