import type { Workspace } from '../model/workspace';
import { contextOf, entriesOf } from './operations';
import { findDanglingReferences } from './references';
import { EVERY_REGISTER, entryKey } from './registry';
import type { RegisterName } from './types';

/** Something in a register that needs attention; it never stops the workspace from opening. */
export type RegisterProblem = {
  readonly register: RegisterName;
  readonly id: string;
  readonly field: string;
  readonly kind: 'dangling-reference' | 'rule';
  readonly message: string;
};

/**
 * Every dangling reference and every broken register rule (a risk accepted beyond the criteria
 * without top management, an exclusion without justification...). Pure: `isms check`, the
 * readiness view and the register screens all call it.
 */
export const findRegisterProblems = (workspace: Workspace): RegisterProblem[] => {
  const context = contextOf(workspace);
  const ruleProblems = EVERY_REGISTER.flatMap((declaration) => {
    if (!declaration.rules) return [];
    const stored =
      declaration.key === 'soa' ? workspace.registers.soa : entriesOf(workspace, declaration);
    return stored.flatMap((entry) =>
      (declaration.rules?.(entry, context) ?? []).map((issue) => ({
        register: declaration.name,
        id: entryKey(declaration, entry),
        field: issue.field,
        kind: 'rule' as const,
        message: issue.message,
      })),
    );
  });
  const dangling = findDanglingReferences(workspace).map((d) => ({
    register: d.register,
    id: d.id,
    field: d.field,
    kind: 'dangling-reference' as const,
    message: d.message,
  }));
  return [...dangling, ...ruleProblems];
};

/** One line per problem, as `isms check` prints it: "risks R-004 owner: no person ...". */
export const describeRegisterProblem = (p: RegisterProblem): string =>
  `${p.register} ${p.id} ${p.field}: ${p.message}`;
