import { DomainError, isIsoDate, todayInHanoi } from '@chitieu/kernel';

export type QueryParams = Readonly<Record<string, string | string[] | undefined>>;

const invalid = (field: string, code: string, message: string) => new DomainError(code, message, 'validation', field);


/** One value per parameter: a repeated one is ambiguous, so it is refused. */
export function single(q: QueryParams, field: string): string | undefined {
  const v = q[field];
  if (Array.isArray(v)) throw invalid(field, 'QUERY.REPEATED_PARAMETER', `${field} is given more than once`);
  return v === '' ? undefined : v;
}

export function rejectUnknown(q: QueryParams, allowed: readonly string[]): void {
  const unknown = Object.keys(q).find((k) => !allowed.includes(k));
  if (unknown) throw invalid(unknown, 'QUERY.UNKNOWN_PARAMETER', `Unknown query parameter "${unknown}"; allowed: ${allowed.join(', ')}`);
}

export function parseAsOf(q: QueryParams): string {
  const v = single(q, 'asOf');
  if (v === undefined) return todayInHanoi();
  if (!isIsoDate(v)) throw invalid('asOf', 'QUERY.INVALID_AS_OF', `asOf must be a date YYYY-MM-DD, not "${v}"`);
  return v;
}

const INSTANT = /^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d{1,6})?)?(Z|[+-]\d{2}:\d{2}))?$/;

/** An ISO instant with its zone; a bare date means the end of that day in Hanoi. */
export function parseKnownAt(q: QueryParams, now = new Date()): Date {
  const v = single(q, 'knownAt');
  if (v === undefined) return now;
  if (!INSTANT.test(v) || Number.isNaN(Date.parse(v.length === 10 ? `${v}T00:00:00Z` : v)) || (v.length === 10 && !isIsoDate(v))) {
    throw invalid('knownAt', 'QUERY.INVALID_KNOWN_AT', `knownAt must be an ISO instant such as 2023-08-02T17:00:00+07:00, not "${v}"`);
  }
  return new Date(v.length === 10 ? `${v}T23:59:59.999+07:00` : v);
}

export function parseMinPosition(q: QueryParams): bigint | null {
  const v = single(q, 'minPosition');
  if (v === undefined) return null;
  if (!/^\d{1,19}$/.test(v) || BigInt(v) > 9_223_372_036_854_775_807n) {
    throw invalid('minPosition', 'QUERY.INVALID_MIN_POSITION', `minPosition must be a non-negative integer position, not "${v}"`);
  }
  return BigInt(v);
}

export function parseLimit(q: QueryParams, max = 500, fallback = 100): number {
  const v = single(q, 'limit');
  if (v === undefined) return fallback;
  if (!/^\d+$/.test(v) || Number(v) < 1 || Number(v) > max) throw invalid('limit', 'QUERY.INVALID_LIMIT', `limit must be a whole number from 1 to ${max}`);
  return Number(v);
}

export function parseYear(q: QueryParams, asOf: string): number {
  const v = single(q, 'year');
  if (v === undefined) return Number(asOf.slice(0, 4));
  if (!/^\d{4}$/.test(v)) throw invalid('year', 'QUERY.INVALID_YEAR', `year must be a plan year such as 2023, not "${v}"`);
  return Number(v);
}

export function parseEnum<T extends string>(q: QueryParams, field: string, values: readonly T[]): T | undefined {
  const v = single(q, field);
  if (v === undefined) return undefined;
  if (!(values as readonly string[]).includes(v)) throw invalid(field, 'QUERY.INVALID_VALUE', `${field} must be one of ${values.join(', ')}, not "${v}"`);
  return v as T;
}

/** Free text such as a unit code or group: bounded, NFC, no control characters. */
export function parseText(q: QueryParams, field: string): string | undefined {
  const v = single(q, field);
  if (v === undefined) return undefined;
  if (v.length > 100 || /\p{Cc}/u.test(v)) throw invalid(field, 'QUERY.INVALID_VALUE', `${field} must be up to 100 printable characters`);
  return v.normalize('NFC');
}
