import { assertNever } from '@chitieu/kernel';
import { EventIdConflictError, WrongExpectedVersionError } from '../errors';
import type {
  AppendResult, EventStore, ExpectedVersion, NewEvent, ReadAllOptions, ReadStreamOptions, RecordedEvent,
  SubscribeOptions, Subscription, SubscriptionHandler,
} from '../event-store.port';
// engine-independent input rules, shared with the SQL engine so both refuse the same input alike
import { expectedVersionText, prepareAppend } from '../postgres/validate-append';
import type { KurrentClient } from './kurrent-client';
import { isStreamNotFound, mapKurrentError } from './kurrent-errors';
import { kurrentFilter } from './kurrent-filter';
import { planAtVersion, planOnTail, type AppendPlan } from './kurrent-append-plan';
import { fromResolved, sealEvents, toReadPosition, toStreamState, type StreamTip } from './kurrent-mapping';
import { KurrentSubscription } from './kurrent-subscription';

/** Extra events read behind the batch size when looking for an 'any' append already applied. */
const TAIL_WINDOW = 16;

export interface KurrentEventStoreOptions {
  readonly clock?: () => Date;
  /** Attempts for an 'any' append that races another writer before giving up. */
  readonly anyRetries?: number;
}

/**
 * The EventStore port on KurrentDB. KurrentDB owns versions and positions; we add the hash chain
 * (see kurrent-mapping.ts), which needs the predecessor's hash, so every append first reads the
 * event it follows (and what may already follow it: a retry is recognised there, see
 * kurrent-append-plan.ts) and then appends at exactly that revision. Event ids are checked per
 * stream only: KurrentDB has no index by event id, so reuse of an id in another stream is not
 * detected on this engine (docs/SCALE-OUT.md).
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
    // the same input rules and codes as the SQL engine, before any I/O
    const batch = prepareAppend(streamId, events).map((p) => ({ eventId: p.eventId, type: p.type, data: JSON.parse(p.data), metadata: JSON.parse(p.metadata) }));
    const expected = options.expectedVersion;
    expectedVersionText(expected);
    if (expected !== 'any') return this.appendAtVersion(streamId, batch, expected);
    for (let attempt = 1; ; attempt++) {
      const plan = planOnTail(batch, (await this.readBackwards(streamId, batch.length + TAIL_WINDOW)).reverse());
      try {
        return await this.carryOut(streamId, batch, 'any', plan);
      } catch (err) {
        // Another writer moved the tail between our read and our write: chain to the new tail.
        if (!(err instanceof WrongExpectedVersionError) || attempt >= this.anyRetries) throw err;
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

  private async appendAtVersion(streamId: string, batch: NewEvent[], expected: number | 'no_stream'): Promise<AppendResult> {
    const version = expected === 'no_stream' ? 0 : expected;
    const around = await this.readStream(streamId, { fromVersion: Math.max(version, 1), toVersion: version + batch.length });
    return this.carryOut(streamId, batch, expected, planAtVersion(batch, version, around));
  }

  private async carryOut(streamId: string, batch: NewEvent[], expected: ExpectedVersion, plan: AppendPlan): Promise<AppendResult> {
    switch (plan.kind) {
      case 'done':
        return plan.result;
      case 'ids-taken':
        throw new EventIdConflictError(streamId, plan.eventIds);
      case 'stale': {
        const [last] = await this.readBackwards(streamId, 1);
        throw new WrongExpectedVersionError(streamId, String(expected), last?.version ?? 0);
      }
      case 'write':
        return this.write(streamId, batch, expected, plan.tip);
      default:
        return assertNever(plan);
    }
  }

  /** Append after `tip` at exactly its revision, so a racing writer is caught, never forked. */
  private async write(streamId: string, batch: NewEvent[], expected: ExpectedVersion, tip: StreamTip | null): Promise<AppendResult> {
    const sealed = sealEvents(streamId, batch, tip, this.clock());
    const streamState = expected === 'any' ? (tip ? BigInt(tip.version - 1) : 'no_stream') : toStreamState(expected);
    try {
      const r = await this.client.appendToStream(streamId, sealed, { streamState });
      const nextVersion = Number(r.nextExpectedRevision) + 1;
      // the position the port promises is the last event's own: read it rather than trust the write reply
      const [last] = await this.readStream(streamId, { fromVersion: nextVersion, toVersion: nextVersion });
      return { nextVersion, lastPosition: last?.position ?? r.position?.commit ?? 0n };
    } catch (err) {
      throw mapKurrentError(err, streamId, expected);
    }
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
