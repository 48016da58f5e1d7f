import type { z, ZodIssue } from 'zod';
import { DomainError } from '@chitieu/kernel';

/**
 * NFC-normalises every string (keys too) so text is stored in one Unicode form. A number literal
 * beyond the double range parses to Infinity, which no field accepts and no hash can encode:
 * refused here, naming where it was.
 */
export function normalizeNfc(value: unknown, depth = 0, path = 'body'): unknown {
  if (depth > 32) throw new DomainError('REQUEST.TOO_DEEP', 'The JSON nests deeper than 32 levels', 'validation', 'body');
  if (typeof value === 'string') return value.normalize('NFC');
  if (typeof value === 'number' && !Number.isFinite(value)) {
    throw new DomainError('REQUEST.NUMBER_OUT_OF_RANGE', `${path}: the number is too large to represent`, 'validation', path);
  }
  if (Array.isArray(value)) return value.map((v, i) => normalizeNfc(v, depth + 1, `${path}[${i}]`));
  if (value && typeof value === 'object') {
    const out: Record<string, unknown> = Object.create(null);
    for (const [k, v] of Object.entries(value)) out[k.normalize('NFC')] = normalizeNfc(v, depth + 1, depth === 0 ? k : `${path}.${k}`);
    return out;
  }
  return value;
}

const fieldOf = (issue: ZodIssue, prefix: string) =>
  [prefix, ...issue.path.map(String)].filter(Boolean).join('.') || prefix || 'body';

/** Parses with a zod schema; the first problem becomes a 400 naming the field. */
export function parseWith<S extends z.ZodTypeAny>(schema: S, input: unknown, prefix = ''): z.infer<S> {
  const result = schema.safeParse(input);
  if (result.success) return result.data;
  const issues = result.error.issues;
  const first = issues[0];
  const field = fieldOf(first, prefix);
  const message = first.code === 'unrecognized_keys' ? `unknown field(s): ${first.keys.join(', ')}` : first.message;
  throw new DomainError('REQUEST.INVALID_FIELD', `${field}: ${message}`, 'validation', field, {
    errors: issues.slice(0, 20).map((i) => ({ field: fieldOf(i, prefix), message: i.message })),
  });
}
