import { WrongExpectedVersionError, StoreUnavailableError } from '../errors';
import type { ExpectedVersion } from '../event-store.port';
import { toVersion } from './kurrent-mapping';

/** The `type` field the KurrentDB client puts on its command errors (we match it, not classes). */
interface KurrentCommandError {
  readonly type: string;
  readonly actualState?: bigint | 'no_stream';
}

const UNAVAILABLE = new Set(['unavailable', 'deadline-exceeded', 'timeout', 'not-leader', 'cancelled']);

const isCommandError = (err: unknown): err is KurrentCommandError =>
  typeof err === 'object' && err !== null && typeof (err as { type?: unknown }).type === 'string';

export const isWrongExpectedVersion = (err: unknown): boolean => isCommandError(err) && err.type === 'wrong-expected-version';
export const isStreamNotFound = (err: unknown): boolean => isCommandError(err) && err.type === 'stream-not-found';

/**
 * Client errors as the port's errors: a revision conflict is a WrongExpectedVersionError (412 at
 * the HTTP edge) naming our 1-based version; a lost or leaderless node is StoreUnavailableError
 * (503). Anything else is a bug or a misconfiguration and goes up as it is.
 */
export function mapKurrentError(err: unknown, streamId: string, expected: ExpectedVersion): unknown {
  if (!isCommandError(err)) return err;
  if (err.type === 'wrong-expected-version') {
    const actual = err.actualState === undefined ? -1 : toVersion(err.actualState);
    return new WrongExpectedVersionError(streamId, String(expected), actual);
  }
  if (UNAVAILABLE.has(err.type)) return new StoreUnavailableError(err);
  return err;
}
