import { DomainError } from '@chitieu/kernel';

/**
 * Read-your-writes could not be honoured in time: the HTTP layer answers 503 with Retry-After
 * (kind 'unavailable'; `retryAfter` in the details is the seconds to wait).
 */
export class ReadModelNotCaughtUpError extends DomainError {
  constructor(
    readonly minPosition: bigint,
    readonly lagging: readonly { name: string; position: bigint }[],
    readonly retryAfter = 1,
  ) {
    super(
      'READ_MODEL.NOT_CAUGHT_UP',
      `Read models ${lagging.map((l) => `${l.name} (at ${l.position})`).join(', ')} have not reached position ${minPosition} yet; retry shortly`,
      'unavailable',
      'minPosition',
      { minPosition: minPosition.toString(), lagging: lagging.map((l) => ({ name: l.name, position: l.position.toString() })), retryAfter },
    );
    this.name = 'ReadModelNotCaughtUpError';
  }
}
