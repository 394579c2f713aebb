import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { lazySchema } from './lazy-schema';
import { documentMetaSchema, workspaceSchema } from './workspace';

describe('lazySchema', () => {
  it('builds nothing until the schema is used, and then once', () => {
    let builds = 0;
    const entry = lazySchema(() => {
      builds += 1;
      return z.object({ id: z.string().regex(/^R-\d{3}$/, 'expected an id such as R-001') });
    });
    const list = lazySchema(() => z.array(entry).default(() => []));
    expect(builds).toBe(0);
    expect(list.parse(undefined)).toEqual([]);
    expect(entry.parse({ id: 'R-001' })).toEqual({ id: 'R-001' });
    expect(builds).toBe(1);
  });

  it('rejects and accepts exactly what the schema it stands for does, with the same messages', () => {
    const build = () => z.object({ title: z.string().trim().min(1), n: z.number().int().max(5) });
    const lazy = lazySchema(build);
    for (const value of [{ title: ' A ', n: 5 }, { title: '', n: 6 }, { n: 1.5 }, null]) {
      expect(lazy.safeParse(value)).toEqual(build().safeParse(value));
    }
    expect(lazy).toBeInstanceOf(z.ZodObject);
    expect(Object.keys(lazy.shape)).toEqual(['title', 'n']);
    expect(lazy.extend({ extra: z.boolean() }).parse({ title: 'x', n: 1, extra: true })).toEqual({
      title: 'x',
      n: 1,
      extra: true,
    });
  });

  it('leaves the workspace schemas as strict as before', () => {
    expect(workspaceSchema.safeParse({ documents: [{ id: 'bad id' }] }).success).toBe(false);
    const meta = documentMetaSchema.safeParse({
      id: 'ISMS-POL-001',
      title: 'Policy',
      updatedAt: 'x',
    });
    expect(meta.success).toBe(false);
    expect(meta.error?.issues.map((i) => i.path.join('.'))).toContain('updatedAt');
  });
});
