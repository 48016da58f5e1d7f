import type { EventMetadata } from '@chitieu/kernel';

/**
 * The one port every event-store engine implements (PostgreSQL/PGlite through `pg`, KurrentDB).
 * Positions are bigints: on PostgreSQL they come from the transaction id (see
 * docs/ARCHITECTURE.md), on KurrentDB from the commit position.
 */
export type ExpectedVersion = number | 'no_stream' | 'any';

export interface NewEvent<T extends string = string, D = unknown> {
  readonly eventId: string;
  readonly type: T;
  readonly data: D;
  readonly metadata: EventMetadata;
}

export interface RecordedEvent<T extends string = string, D = unknown> extends NewEvent<T, D> {
  readonly streamId: string;
  /** 1 for the first event of a stream. */
  readonly version: number;
  /** Global order; increases along readAll and subscriptions, with gaps. */
  readonly position: bigint;
  /** Set by the database clock when recorded; millisecond precision. */
  readonly recordedAt: Date;
  /** Hex SHA-256 of the previous hash in the stream and this event's canonical form. */
  readonly hash: string;
  readonly prevHash: string | null;
}

export interface AppendResult {
  /** The stream's version after the append (the version of its last event). */
  readonly nextVersion: number;
  readonly lastPosition: bigint;
}

export interface ReadStreamOptions {
  readonly fromVersion?: number;
  readonly toVersion?: number;
  /** Only events recorded strictly before this instant ("as known at"). */
  readonly recordedBefore?: Date;
}

export interface ReadAllOptions {
  /** Exclusive: events with a position greater than this. 0n reads from the start. */
  readonly after: bigint;
  readonly limit: number;
  readonly types?: readonly string[];
}

export type SubscriptionHandler = (events: readonly RecordedEvent[]) => Promise<void>;

export interface SubscribeOptions {
  readonly from: bigint;
  readonly types?: readonly string[];
  readonly batchSize?: number;
  /** Name shown at /api/health. */
  readonly name?: string;
}

export interface Subscription {
  readonly name: string;
  /** Position of the last event the handler accepted. */
  position(): bigint;
  /** The handler's last error while it is being retried, else null. */
  lastError(): Error | null;
  stop(): Promise<void>;
}

export interface EventStore {
  readonly engine: string;
  append(streamId: string, events: readonly NewEvent[], options: { expectedVersion: ExpectedVersion }): Promise<AppendResult>;
  readStream(streamId: string, options?: ReadStreamOptions): Promise<RecordedEvent[]>;
  readAll(options: ReadAllOptions): Promise<RecordedEvent[]>;
  /** Catch-up then live, in order, at least once; a failing handler is retried with backoff. */
  subscribe(options: SubscribeOptions, handler: SubscriptionHandler): Subscription;
  /** Position of the newest event a reader may safely see (the head for lag figures). */
  headPosition(): Promise<bigint>;
  close(): Promise<void>;
}

export const EVENT_STORE = Symbol('EVENT_STORE');
