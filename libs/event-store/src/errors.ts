import { DomainError } from '@chitieu/kernel';

/** A stale expected version: names the stream, what was expected and what is there. */
export class WrongExpectedVersionError extends DomainError {
  constructor(
    readonly streamId: string,
    readonly expected: string,
    readonly actual: number,
  ) {
    super(
      'STREAM.WRONG_EXPECTED_VERSION',
      `Stream ${streamId} is at version ${actual}, not the expected ${expected}`,
      'precondition',
      'If-Match',
      { streamId, expectedVersion: expected, currentVersion: actual },
    );
  }
}

/** Some event ids of an append already exist, but not as exactly this append. */
export class EventIdConflictError extends DomainError {
  constructor(readonly streamId: string, readonly eventIds: string[]) {
    super(
      'STREAM.EVENT_ID_CONFLICT',
      `Events ${eventIds.join(', ')} were already appended, but not as this same append to ${streamId}`,
      'conflict',
      'eventId',
      { streamId, eventIds },
    );
  }
}

/** The database cannot be reached (HTTP 503); defined beside the database code, one class for all engines. */
export { StoreUnavailableError } from '@chitieu/database';
