/**
 * The one typed error of the domain: a stable code (`INDICATOR.NOT_ASSIGNED_TO_UNIT`), a message
 * a person can act on, and the field it concerns. Mapped to HTTP in one place (libs/http).
 */
export type ErrorKind =
  | 'validation' // 400: the input is malformed
  | 'unprocessable' // 422: well-formed but breaks a rule
  | 'not_found' // 404
  | 'forbidden' // 403
  | 'conflict' // 409: state forbids it (e.g. completing a cancelled task)
  | 'precondition' // 412: stale expected version
  | 'unauthenticated' // 401: no token, or a bad one
  | 'rate_limited' // 429
  | 'unavailable'; // 503: a dependency is down or a read model has not caught up

export class DomainError extends Error {
  constructor(
    readonly code: string,
    message: string,
    readonly kind: ErrorKind = 'unprocessable',
    readonly field?: string,
    readonly details?: Record<string, unknown>,
  ) {
    super(message);
    this.name = 'DomainError';
  }
}

export type Result<T, E = DomainError> = { ok: true; value: T } | { ok: false; error: E };
export const ok = <T>(value: T): Result<T, never> => ({ ok: true, value });
export const fail = <E>(error: E): Result<never, E> => ({ ok: false, error });

export const assertNever = (value: never): never => {
  throw new Error(`Unhandled case: ${JSON.stringify(value)}`);
};

/**
 * A record's own entry for a key that came from outside: "constructor" or "__proto__" as an id
 * must find nothing rather than Object's members.
 */
export const ownEntry = <V>(record: Readonly<Record<string, V>>, key: string): V | undefined =>
  Object.prototype.hasOwnProperty.call(record, key) ? record[key] : undefined;
