import type { z } from 'zod';

export type FieldIssue = { readonly path: string; readonly message: string };

/** Turns zod issues into `path: message` pairs a person can find in the file. */
export const describeZodIssues = (error: z.ZodError): FieldIssue[] =>
  error.issues.map((issue) => ({
    path: issue.path.length === 0 ? '(root)' : formatPath(issue.path),
    message: issue.message,
  }));

const formatPath = (path: readonly PropertyKey[]): string =>
  path.reduce<string>((acc, key) => {
    if (typeof key === 'number') return `${acc}[${key}]`;
    const name = String(key);
    return acc === '' ? name : `${acc}.${name}`;
  }, '');
