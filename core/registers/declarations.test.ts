import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { createDemoWorkspaceData } from '../demo/demo-workspace';
import { REGISTER_KEYS } from '../model/registers';
import { entriesOf } from './operations';
import { ALL_REGISTERS, EVERY_REGISTER, registerNamed, storedColumns } from './registry';
import { REGISTER_NAMES } from './types';

const shapeKeys = (schema: unknown) => Object.keys((schema as z.ZodObject).shape);

describe('register declarations', () => {
  it('declare every register of the model once, under its public name', () => {
    expect(ALL_REGISTERS.map((d) => d.key)).toEqual(REGISTER_KEYS);
    expect(EVERY_REGISTER.map((d) => d.name).sort()).toEqual([...REGISTER_NAMES].sort());
    expect(registerNamed('people').key).toBe('people');
    expect(registerNamed('risks').title).toBe('Risk register');
    expect(() => registerNamed('riskz')).toThrow(/no register called "riskz".*assets.*risks/);
  });

  it('give every stored field of the schema exactly one column, and nothing else', () => {
    for (const declaration of EVERY_REGISTER) {
      const columns = storedColumns(declaration).map((c) => c.key);
      expect(columns.sort(), declaration.name).toEqual(shapeKeys(declaration.schema).sort());
    }
  });

  it('use distinct id prefixes so an id names its register', () => {
    const prefixes = ALL_REGISTERS.flatMap((d) => (d.idPrefix ? [d.idPrefix] : []));
    expect(new Set(prefixes).size).toBe(prefixes.length);
  });

  it('label every enumeration value and point every reference at a declared register', () => {
    for (const declaration of EVERY_REGISTER) {
      for (const column of declaration.columns) {
        if (column.type === 'enum' || column.type === 'enums') {
          expect(column.options?.length, `${declaration.name}.${column.key}`).toBeGreaterThan(0);
        }
        if (column.type === 'ref' || column.type === 'refs') {
          expect(
            () => registerNamed(column.ref ?? ''),
            `${declaration.name}.${column.key}`,
          ).not.toThrow();
        }
      }
    }
  });

  it('find the demo workspace consistent with every register rule', () => {
    const workspace = createDemoWorkspaceData();
    const context = { registers: workspace.registers, workspace };
    for (const declaration of EVERY_REGISTER) {
      const entries = entriesOf(workspace, declaration);
      const issues = entries.flatMap((e) => declaration.rules?.(e, context) ?? []);
      expect(issues, declaration.name).toEqual([]);
    }
  });
});
