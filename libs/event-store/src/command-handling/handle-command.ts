import { fold, idFor, type CommandContext, type Decider, type DomainEvent, type EventMetadata } from '@chitieu/kernel';
import type { EventStore, ExpectedVersion, NewEvent, RecordedEvent } from '../event-store.port';
import { WrongExpectedVersionError } from '../errors';
import { normaliseContext } from './normalise-context';

/** What every write answers: the stream and its new version (the ETag), where the events landed. */
export interface CommandResult {
  readonly streamId: string;
  /** The id of the thing the command made or changed (indicator id, report id, directive id...). */
  readonly resourceId: string;
  readonly nextVersion: number;
  readonly lastPosition: bigint;
  readonly eventIds: string[];
}

export interface CommandSpec<C, E extends DomainEvent, S> {
  readonly streamId: string;
  readonly resourceId: string;
  readonly decider: Decider<C, E, S>;
  /** Builds the decider's command from the folded state (cross-stream facts are loaded here). */
  readonly command: (state: S) => C | Promise<C>;
  readonly context: CommandContext;
  /** The client's If-Match; absent: the version that was read. */
  readonly expectedVersion?: number;
}

export const metadataFrom = (c: CommandContext): EventMetadata => ({
  actor: c.actor,
  role: c.role,
  unit: c.unit,
  correlationId: c.correlationId,
  causationId: c.causationId,
  reason: c.reason,
  sourceDocument: c.sourceDocument,
  occurredAt: c.occurredAt,
});

/**
 * Load, decide, append. A rejection throws the decider's DomainError and appends nothing; a stale
 * If-Match throws WrongExpectedVersionError (412) before deciding, and a race lost between read
 * and append gets the same error from the store.
 */
export async function handleCommand<C, E extends DomainEvent, S>(store: EventStore, spec: CommandSpec<C, E, S>): Promise<CommandResult> {
  const context = normaliseContext(spec.context);
  const recorded = await store.readStream(spec.streamId);
  // Seeded ids do not depend on the version: a retry after a crash that followed the commit finds
  // its own events and answers the first result instead of deciding (and appending) again.
  const eventIdAt = (i: number) => idFor(context, `${spec.streamId}#${i + 1}`);
  const replayed = context.idSeed ? alreadyRecorded(spec, recorded, eventIdAt) : null;
  if (replayed) return replayed;
  const version = recorded.length ? recorded[recorded.length - 1].version : 0;
  if (spec.expectedVersion !== undefined && spec.expectedVersion !== version) {
    throw new WrongExpectedVersionError(spec.streamId, String(spec.expectedVersion), version);
  }
  const state = fold(spec.decider, recorded as unknown as E[]);
  const result = spec.decider.decide(await spec.command(state), state, context);
  if (!result.ok) throw result.error;
  const metadata = metadataFrom(context);
  const events: NewEvent[] = result.value.map((e, i) => ({
    eventId: eventIdAt(i),
    type: e.type,
    data: e.data,
    metadata,
  }));
  if (events.length === 0) {
    const last = recorded[recorded.length - 1];
    return { streamId: spec.streamId, resourceId: spec.resourceId, nextVersion: version, lastPosition: last?.position ?? 0n, eventIds: [] };
  }
  const expected: ExpectedVersion = version === 0 ? 'no_stream' : version;
  const appended = await store.append(spec.streamId, events, { expectedVersion: expected });
  return { streamId: spec.streamId, resourceId: spec.resourceId, ...appended, eventIds: events.map((e) => e.eventId) };
}

/** The result of a seeded command whose events are in the stream already (a client's retry). */
function alreadyRecorded(spec: { streamId: string; resourceId: string }, recorded: readonly RecordedEvent[], eventIdAt: (i: number) => string): CommandResult | null {
  const first = recorded.findIndex((e) => e.eventId === eventIdAt(0));
  if (first < 0) return null;
  const mine: RecordedEvent[] = [];
  for (let i = 0; first + i < recorded.length && recorded[first + i].eventId === eventIdAt(i); i++) mine.push(recorded[first + i]);
  const last = mine[mine.length - 1];
  return { streamId: spec.streamId, resourceId: spec.resourceId, nextVersion: last.version, lastPosition: last.position, eventIds: mine.map((e) => e.eventId) };
}
