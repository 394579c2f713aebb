import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { describeAllRegisterFields, describeRegisterFields } from '../../core/registers/field-docs';
import { EVERY_REGISTER, registerNamed } from '../../core/registers/registry';

describe('generated register field documentation', () => {
  it('docs/registers.md matches the declarations (run `npm run docs:registers` after a change)', async () => {
    const file = join(import.meta.dirname, '..', '..', 'docs', 'registers.md');
    expect(await readFile(file, 'utf8')).toBe(describeAllRegisterFields(EVERY_REGISTER));
  });

  it('lists every field of a register with its type, values and whether it is required or derived', () => {
    const risks = registerNamed('risks');
    const text = describeRegisterFields(risks);
    for (const column of risks.columns) expect(text).toContain(`| \`${column.key}\` |`);
    expect(text).toMatch(/\| `treatment` \| Treatment \| one value from a list \| `modify` \(/);
    expect(text).toMatch(
      /\| `likelihood` \| Likelihood \| whole number \| `1` \(1\).* \| required \|/,
    );
    expect(text).toMatch(
      /\| `inherentScore` \| Inherent score \| whole number \| {2}\| derived: computed, never imported/,
    );
    expect(text).toMatch(/\| `assessedOn` \| Assessed on \| date \(YYYY-MM-DD\) \|/);
    expect(text).toMatch(
      /\| `assets` \| Assets \| ids of entries, separated by ";" in `assets` \|/,
    );
  });
});
