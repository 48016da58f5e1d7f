import type { z } from 'zod';
import { DomainError } from '@chitieu/kernel';

/** Bad input is a DomainError naming its field (the first one wrong), and nothing runs. */
export function parseInput<S extends z.ZodTypeAny>(schema: S, input: unknown): z.infer<S> {
  const parsed = schema.safeParse(input ?? {});
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0];
  const field = issue.path.join('.') || (issue.code === 'unrecognized_keys' ? issue.keys.join(',') : 'input');
  const code = issue.code === 'unrecognized_keys' ? 'AUDIT.UNKNOWN_FILTER' : 'AUDIT.INVALID_INPUT';
  throw new DomainError(code, `${field}: ${issue.message}`, 'validation', field);
}
