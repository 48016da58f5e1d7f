import { z } from 'zod';
import { DomainError, isIsoDate } from '@chitieu/kernel';

/**
 * Zod builders whose every message names its field, for the strict HTTP body schemas of all
 * contexts. Text is checked here for shape and length; the deciders trim and NFC-normalise it.
 */
const base = (field: string) => ({ required_error: `${field} is required`, invalid_type_error: `${field} has the wrong type` });

export const text = (field: string, max = 1000) =>
  z.string(base(field)).max(max, `${field} must be at most ${max} characters`).refine((s) => s.trim().length > 0, `${field} may not be blank`);
export const optionalText = (field: string, max = 1000) => z.string(base(field)).max(max, `${field} must be at most ${max} characters`).nullable().optional();
export const isoDate = (field: string) => z.string(base(field)).refine(isIsoDate, `${field} must be a date YYYY-MM-DD`);
export const codeField = (field: string) =>
  z.string(base(field)).regex(/^[A-Za-z0-9][A-Za-z0-9_-]{0,39}$/, `${field} must be 1-40 letters, digits, "-" or "_"`);
export const indicatorIdField = (field = 'indicatorId') =>
  z.string(base(field)).regex(/^[A-Za-z0-9_-]{1,40}\.[A-Za-z0-9_-]{1,40}$/, `${field} must look like "hn-08-2021.CT01"`);
export const finite = (field: string) => z.number(base(field)).finite(`${field} must be a finite number`);
export const year = (field: string) => z.number(base(field)).int(`${field} must be a whole year`).min(2000, `${field} must be 2000 or later`).max(2100, `${field} must be 2100 or earlier`);
export const oneOf = <T extends string>(field: string, values: readonly [T, ...T[]]) =>
  z.enum(values, { errorMap: () => ({ message: `${field} must be one of ${values.join(', ')}` }) });
export const list = <T extends z.ZodTypeAny>(field: string, item: T, max = 100) =>
  z.array(item, base(field)).max(max, `${field} may hold at most ${max} items`);
export const documentRef = (field: string) =>
  z
    .object(
      { issuer: text(`${field}.issuer`, 300), number: text(`${field}.number`, 100), date: isoDate(`${field}.date`), title: text(`${field}.title`, 1000).optional() },
      base(field),
    )
    .strict(`${field} has an unknown field`);
export const horizon = (field = 'horizon') => z.string(base(field)).regex(/^(term|\d{4})$/, `${field} must be "term" or a year such as "2023"`) as z.ZodType<'term' | `${number}`>;

/** Every payload is parsed again by its handler, so seeds and scripts meet the same rules as HTTP. */
export function parsePayload<S extends z.ZodTypeAny>(schema: S, payload: unknown): z.infer<S> {
  const result = schema.safeParse(payload);
  if (result.success) return result.data;
  const issue = result.error.issues[0];
  const field = issue.path.map(String).join('.') || 'body';
  const message = issue.code === 'unrecognized_keys' ? `unknown field(s): ${issue.keys.join(', ')}` : issue.message;
  throw new DomainError('REQUEST.INVALID_FIELD', message, 'validation', field, {
    errors: result.error.issues.slice(0, 20).map((i) => ({ field: i.path.map(String).join('.'), message: i.message })),
  });
}
