import type { z } from 'zod';
import { describe, expect, it } from 'vitest';
import { CURRENT_SCHEMA_VERSION, workspaceSchema } from '../model/workspace';
import { EVERY_REGISTER } from '../registers/registry';
import { loadApiContract } from './contract';

// A zod default that is an object or array literal is one value shared by every parse: editing
// a parsed workspace in place (adding a classification level, a label) would change what the next
// blank workspace starts with. Defaults are factories, so each parse gets its own.

type Def = {
  readonly type: string;
  readonly defaultValue?: unknown;
  readonly [key: string]: unknown;
};

const defOf = (schema: unknown): Def | null => {
  const def = (schema as { def?: Def } | null)?.def;
  return def && typeof def.type === 'string' ? def : null;
};

/** Every default and prefault reachable from the schemas, with where it stands. */
const findDefaults = (roots: Readonly<Record<string, unknown>>) => {
  const found: { path: string; def: Def }[] = [];
  const seen = new Set<unknown>();
  const walk = (schema: unknown, path: string) => {
    const def = defOf(schema);
    if (!def || seen.has(schema)) return;
    seen.add(schema);
    if (def.type === 'default' || def.type === 'prefault') found.push({ path, def });
    const children: [string, unknown][] = [];
    if (def.type === 'object') children.push(...Object.entries(def['shape'] as object));
    if (def.type === 'lazy') children.push(['', (def['getter'] as () => unknown)()]);
    for (const key of ['innerType', 'element', 'valueType', 'keyType', 'in', 'out', 'left']) {
      if (def[key]) children.push(['', def[key]]);
    }
    if (def['right']) children.push(['', def['right']]);
    for (const list of ['options', 'items']) {
      if (Array.isArray(def[list]))
        children.push(...(def[list] as unknown[]).map((s) => ['', s] as [string, unknown]));
    }
    children.forEach(([key, child]) => walk(child, key ? `${path}.${key}` : path));
  };
  Object.entries(roots).forEach(([name, schema]) => walk(schema, name));
  return found;
};

/** Objects and arrays inside `value` (itself included). */
const containers = (value: unknown): object[] =>
  value !== null && typeof value === 'object'
    ? [value, ...Object.values(value).flatMap(containers)]
    : [];

const methods: [string, { input: unknown; output: unknown }][] = Object.entries(
  await loadApiContract(),
);
const roots: Record<string, unknown> = {
  workspace: workspaceSchema,
  ...Object.fromEntries(
    EVERY_REGISTER.map((d): [string, unknown] => [`register ${d.name}`, d.schema]),
  ),
  ...Object.fromEntries(
    methods.flatMap(([method, { input, output }]): [string, unknown][] => [
      [`${method} input`, input],
      [`${method} output`, output],
    ]),
  ),
};

describe('schema defaults', () => {
  const defaults = findDefaults(roots);

  it('finds the object and array defaults it guards', () => {
    const paths = defaults.map((d) => d.path);
    expect(paths).toContain('workspace.organisation.classification');
    expect(paths).toContain('workspace.registers.riskMethod.likelihoodLabels');
    expect(paths).toContain('workspace.registers.risks.assets');
    expect(paths).toContain('documents.export output.warnings');
  });

  it('gives every read of an object or array default its own copy, to the last nested list', () => {
    const shared = defaults.flatMap(({ path, def }) => {
      const first = new Set(containers(def.defaultValue));
      return containers(def.defaultValue).some((c) => first.has(c)) ? [path] : [];
    });
    expect(shared).toEqual([]);
  });

  it('does not let an edit of one parsed workspace change the next blank one', () => {
    const blank = () => workspaceSchema.parse({ schemaVersion: CURRENT_SCHEMA_VERSION });
    const before = JSON.stringify(blank());
    const edited: z.infer<typeof workspaceSchema> = blank();
    edited.organisation.classification.levels.push({ name: 'Secret', description: '' });
    edited.organisation.classification.levels[0]!.name = 'Open';
    edited.registers.riskMethod.likelihoodLabels[0] = 'Never';
    edited.organisation.scope.inScope.push('Everything');
    edited.people.push({ id: 'ann', name: 'Ann', jobTitle: '', email: '' });
    edited.registers.risks.push({} as never);
    edited.roleSetup.notApplicable.dpo = 'none';
    expect(JSON.stringify(blank())).toBe(before);
  });
});
