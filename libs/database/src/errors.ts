/**
 * The database cannot be reached: the HTTP layer answers 503 with Retry-After.
 * Defined here, beside the code that talks to the database, and re-exported by the event store.
 */
export class StoreUnavailableError extends Error {
  constructor(override readonly cause: unknown) {
    super(`The event store is unavailable: ${cause instanceof Error ? cause.message : String(cause)}`);
    this.name = 'StoreUnavailableError';
  }
}

// Socket errors from Node and pg, and SQLSTATE classes 08 (connection) and 57P (operator intervention).
const NODE_CODES = new Set(['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'ENOTFOUND', 'EPIPE', 'EHOSTUNREACH', 'EAI_AGAIN']);
const SQLSTATES = new Set(['57P01', '57P02', '57P03', '53300', '08000', '08001', '08003', '08004', '08006']);
const MESSAGES = [
  /Connection terminated/i,
  /connection error/i,
  /timeout exceeded when trying to connect/i,
  /Client was closed and is not queryable/i,
  /Cannot use a pool after calling end/i,
  /PGlite is closed/i,
];

export function isConnectionFailure(err: unknown): boolean {
  // Duck-typed: errors from PGlite (loaded outside jest's sandbox) and pg may come from another realm.
  if (err === null || typeof err !== 'object') return false;
  if (err instanceof StoreUnavailableError) return true;
  const { code, message, errors } = err as { code?: unknown; message?: unknown; errors?: unknown };
  if (typeof code === 'string' && (NODE_CODES.has(code) || SQLSTATES.has(code))) return true;
  if (Array.isArray(errors) && errors.some(isConnectionFailure)) return true;
  return typeof message === 'string' && MESSAGES.some((m) => m.test(message));
}

/** What to throw for a database error: connection failures become StoreUnavailableError. */
export function asStoreError(err: unknown): unknown {
  return isConnectionFailure(err) && !(err instanceof StoreUnavailableError) ? new StoreUnavailableError(err) : err;
}

/** Run a database call, turning connection failures into StoreUnavailableError. */
export async function guarded<T>(fn: () => Promise<T>): Promise<T> {
  try {
    return await fn();
  } catch (err) {
    throw asStoreError(err);
  }
}
