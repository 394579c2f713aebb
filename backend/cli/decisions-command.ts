import { resolve } from 'node:path';
import type { PolicyDecisionEntry, PolicyDecisionList } from '../../core/api/contract-decisions';
import { POLICY_DECISION_KEYS } from '../../core/model/policy-decisions';
import { callApi } from './call';
import type { CommandContext } from './commands';
import { CliError } from './output';

export const DECISIONS_USAGE = `Usage: isms decisions DIR
       isms decisions confirm DIR KEY [--value V] --by NAME [--on YYYY-MM-DD]

Policy values that are decisions of top management (password length, retention periods, RTO and
RPO, breach notification time, access review interval, classification levels). Documents print a
value as "proposed, to be confirmed" until top management confirms it.

  DIR                 lists each decision: its value, and who confirmed it and when
  confirm DIR KEY     records that top management confirmed the value of KEY
    --value V         changes the value first: a number ("14" or "14 days"), or for
                      classificationLevels the level names separated by commas
    --by NAME         the top management role holder (name or person ID)
    --on DATE         the date of the decision (default: today)

Keys: ${POLICY_DECISION_KEYS.join(', ')}`;

type Flags = { value?: string; by?: string; on?: string };

const usage = (message: string) => new CliError(`${message}\n\n${DECISIONS_USAGE}`, 2);

const stateText = (d: PolicyDecisionEntry): string => {
  const c = d.confirmation;
  const who = c ? (c.confirmedByName ?? c.confirmedBy ?? 'unknown') : '';
  if (d.state === 'confirmed' && c) return `confirmed by ${who} on ${c.confirmedOn}`;
  if (d.state === 'changed' && c) {
    return `TO BE CONFIRMED: changed since ${who} confirmed "${c.value}" on ${c.confirmedOn}`;
  }
  return 'TO BE CONFIRMED: proposed, never confirmed';
};

const print = (ctx: CommandContext, list: PolicyDecisionList) => {
  const keyWidth = Math.max(...list.decisions.map((d) => d.key.length));
  const valueWidth = Math.max(...list.decisions.map((d) => d.value.length));
  for (const d of list.decisions) {
    ctx.io.out(`${d.key.padEnd(keyWidth)}  ${d.value.padEnd(valueWidth)}  ${stateText(d)}`);
  }
  const open = list.decisions.filter((d) => d.state !== 'confirmed').length;
  ctx.io.out(
    open === 0
      ? 'Every policy decision is confirmed.'
      : `${open} of ${list.decisions.length} policy decisions still to be confirmed by top management` +
          (list.topManagement
            ? ` (${list.topManagement.name}).`
            : '; nobody holds the top management role yet.'),
  );
};

/** `isms decisions DIR` and `isms decisions confirm DIR KEY [--value V] --by NAME`. */
export const decisionsCommand = async (
  ctx: CommandContext,
  args: readonly string[],
  flags: Flags,
): Promise<number> => {
  if (args[0] !== 'confirm') {
    if (!args[0]) throw usage('missing DIR');
    if (args.length > 1) throw usage(`unexpected "${args[1]}"`);
    print(ctx, await callApi(ctx.dispatch, 'decisions.list', { dir: resolve(args[0]) }));
    return 0;
  }
  const [, dir, key] = args;
  if (!dir) throw usage('missing DIR');
  if (!key) throw usage('missing KEY');
  if (!flags.by) throw usage('missing --by NAME');
  const list = await callApi(ctx.dispatch, 'decisions.confirm', {
    dir: resolve(dir),
    key,
    by: flags.by,
    ...(flags.value !== undefined ? { value: flags.value } : {}),
    ...(flags.on !== undefined ? { on: flags.on } : {}),
  });
  const entry = list.decisions.find(
    (d) => d.key === key || d.label.toLowerCase() === key.toLowerCase(),
  );
  if (entry) ctx.io.out(`${entry.label}: ${entry.value}, ${stateText(entry)}.`);
  return 0;
};
