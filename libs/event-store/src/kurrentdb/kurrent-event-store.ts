import { DomainError } from '@chitieu/kernel';
import type {
  AppendResult, EventStore, ExpectedVersion, NewEvent, ReadAllOptions, ReadStreamOptions, RecordedEvent,
  SubscribeOptions, Subscription, SubscriptionHandler,
} from '../event-store.port';
import type { KurrentClient } from './kurrent-client';
import { isStreamNotFound, mapKurrentError } from './kurrent-errors';
import { kurrentFilter } from './kurrent-filter';
import { fromResolved, sealEvents, tipOf, toReadPosition, toStreamState, type StreamTip } from './kurrent-mapping';
import { KurrentSubscription } from './kurrent-subscription';

export interface KurrentEventStoreOptions {
  readonly clock?: () => Date;
  /** Attempts for an 'any' append that races another writer before giving up. */
  readonly anyRetries?: number;
}

/**
 * The EventStore port on KurrentDB. KurrentDB owns versions, positions and id deduplication; we
 * add the hash chain (see kurrent-mapping.ts), which needs the predecessor's hash, so every append
 * first reads the event it follows and then appends at exactly that revision.
 */
export class KurrentEventStore implements EventStore {
  readonly engine = 'kurrentdb';
  private readonly clock: () => Date;
  private readonly anyRetries: number;

  constructor(private readonly client: KurrentClient, options: KurrentEventStoreOptions = {}) {
    this.clock = options.clock ?? (() => new Date());
    this.anyRetries = options.anyRetries ?? 5;
  }

  /** Connect by connection string, e.g. `kurrentdb://localhost:2113?tls=false`. */
  static async connect(connectionString: string, options?: KurrentEventStoreOptions): Promise<KurrentEventStore> {
    const { KurrentDBClient } = await import('@kurrent/kurrentdb-client');
    return new KurrentEventStore(KurrentDBClient.connectionString(connectionString), options);
  }

  async append(streamId: string, events: readonly NewEvent[], options: { expectedVersion: ExpectedVersion }): Promise<AppendResult> {
    validateAppend(streamId, events);
    const expected = options.expectedVersion;
    toStreamState(expected); // validates before any I/O
    if (expected !== 'any') return this.appendAfter(streamId, events, expected, await this.tipFor(streamId, expected));
    for (let attempt = 1; ; attempt++) {
      const tip = await this.tail(streamId);
      const already = await this.alreadyAppended(streamId, events, tip);
      if (already) return already;
      try {
        return await this.appendAfter(streamId, events, 'any', tip);
      } catch (err) {
        // Another writer moved the tail between our read and our write: chain to the new tail.
        if (!(err instanceof DomainError && err.code === 'STREAM.WRONG_EXPECTED_VERSION') || attempt >= this.anyRetries) throw err;
      }
    }
  }

  async readStream(streamId: string, options: ReadStreamOptions = {}): Promise<RecordedEvent[]> {
    const from = Math.max(options.fromVersion ?? 1, 1);
    const to = options.toVersion;
    if (to !== undefined && to < from) return [];
    const out: RecordedEvent[] = [];
    try {
      const maxCount = to === undefined ? undefined : BigInt(to - from + 1);
      for await (const r of this.client.readStream(streamId, { fromRevision: BigInt(from - 1), maxCount })) {
        const e = fromResolved(r);
        if (options.recordedBefore && e.recordedAt >= options.recordedBefore) break;
        out.push(e);
      }
    } catch (err) {
      if (isStreamNotFound(err)) return [];
      throw mapKurrentError(err, streamId, 'any');
    }
    return out;
  }

  async readAll(options: ReadAllOptions): Promise<RecordedEvent[]> {
    const out: RecordedEvent[] = [];
    const read = this.client.readAll({
      fromPosition: toReadPosition(options.after),
      // the start position is inclusive on reads: one more, then drop it
      maxCount: BigInt(options.limit + 1),
      filter: kurrentFilter({ types: options.types }),
    });
    for await (const r of read) {
      const e = fromResolved(r);
      if (e.position <= options.after) continue;
      out.push(e);
      if (out.length >= options.limit) break;
    }
    return out;
  }

  subscribe(options: SubscribeOptions & { streamPrefixes?: readonly string[] }, handler: SubscriptionHandler): Subscription {
    return KurrentSubscription.start(this.client, options, handler);
  }

  async headPosition(): Promise<bigint> {
    const read = this.client.readAll({ direction: 'backwards', fromPosition: 'end', maxCount: 1, filter: kurrentFilter({}) });
    for await (const r of read) return r.event?.position.commit ?? r.commitPosition ?? 0n;
    return 0n;
  }

  async close(): Promise<void> {
    await this.client.dispose();
  }

  private async appendAfter(streamId: string, events: readonly NewEvent[], expected: ExpectedVersion, tip: StreamTip | null): Promise<AppendResult> {
    const sealed = sealEvents(streamId, events, tip, this.clock());
    // 'any' is resolved to the exact tail we chained to, so a racing writer is caught, not forked
    const streamState = expected === 'any' ? (tip ? BigInt(tip.version - 1) : 'no_stream') : toStreamState(expected);
    try {
      const r = await this.client.appendToStream(streamId, sealed, { streamState });
      return { nextVersion: Number(r.nextExpectedRevision) + 1, lastPosition: r.position?.commit ?? 0n };
    } catch (err) {
      throw mapKurrentError(err, streamId, expected);
    }
  }

  /** The event an append at `expected` follows: null for a new stream. */
  private async tipFor(streamId: string, expected: number | 'no_stream'): Promise<StreamTip | null> {
    if (expected === 'no_stream' || expected === 0) return null;
    const [e] = await this.readStream(streamId, { fromVersion: expected, toVersion: expected });
    if (e) return tipOf(e);
    const tail = await this.tail(streamId);
    throw mapKurrentError({ type: 'wrong-expected-version', actualState: tail ? BigInt(tail.version - 1) : 'no_stream' }, streamId, expected);
  }

  private async tail(streamId: string): Promise<StreamTip | null> {
    const last = await this.readBackwards(streamId, 1);
    return last[0] ? tipOf(last[0]) : null;
  }

  /**
   * 'any' gives no revision for the server to deduplicate against, so a retried 'any' append is
   * recognised here: if the stream already ends with exactly these event ids, it was applied.
   */
  private async alreadyAppended(streamId: string, events: readonly NewEvent[], tip: StreamTip | null): Promise<AppendResult | null> {
    if (!tip || tip.version < events.length) return null;
    const lastOnes = (await this.readBackwards(streamId, events.length)).reverse();
    const same = lastOnes.length === events.length && lastOnes.every((e, i) => e.eventId === events[i].eventId);
    return same ? { nextVersion: tip.version, lastPosition: lastOnes[lastOnes.length - 1].position } : null;
  }

  private async readBackwards(streamId: string, count: number): Promise<RecordedEvent[]> {
    const out: RecordedEvent[] = [];
    try {
      for await (const r of this.client.readStream(streamId, { direction: 'backwards', fromRevision: 'end', maxCount: BigInt(count) })) {
        out.push(fromResolved(r));
      }
    } catch (err) {
      if (isStreamNotFound(err)) return [];
      throw mapKurrentError(err, streamId, 'any');
    }
    return out;
  }
}

function validateAppend(streamId: string, events: readonly NewEvent[]): void {
  if (typeof streamId !== 'string' || streamId.trim() === '' || streamId.startsWith('$')) {
    throw new DomainError('STREAM.INVALID_ID', 'A stream id is a non-empty name that does not start with $', 'validation', 'streamId');
  }
  if (events.length === 0) throw new DomainError('STREAM.EMPTY_APPEND', 'An append carries at least one event', 'validation', 'events');
  const ids = new Set(events.map((e) => e.eventId));
  if (ids.size !== events.length) throw new DomainError('STREAM.DUPLICATE_EVENT_ID', 'Event ids within one append must differ', 'validation', 'eventId');
}
