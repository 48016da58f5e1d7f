import { EventEmitter } from 'node:events';
import { runMigrations, withClient, type Database, type SqlClient } from '@chitieu/database';
import type {
  AppendResult, EventStore, ExpectedVersion, NewEvent, ReadAllOptions, ReadStreamOptions, RecordedEvent,
  SubscribeOptions, Subscription, SubscriptionHandler,
} from '../event-store.port';
import { prepareCall, runAppend, runAppendMany, type AppendRequest } from './append';
import { assertSubscribeOptions, headPosition, readAll, readStream } from './read';
import { DEFAULT_TIMING, PollingSubscription, type SubscriptionTiming, type WakeSignal } from './subscription';
import { eventStoreMigrations, NOTIFY_CHANNEL } from './event-store.sql';
import { EventImporter, type ImportEvent } from './import';

/** Other processes' subscribers hear of new events within this long (docs/EVENT-STORE.md). */
const ANNOUNCE_INTERVAL_MS = 5;

/**
 * The event store on PostgreSQL or embedded PGlite: the same SQL on both engines (see
 * docs/EVENT-STORE.md). Subscriptions wake on LISTEN and on this process's own appends, and poll
 * slowly as a safety net.
 */
export class PostgresEventStore implements EventStore {
  readonly engine: string;
  private readonly wakes = new EventEmitter().setMaxListeners(0);
  private readonly subscriptions = new Set<Subscription>();
  private unlisten: Promise<(() => Promise<void>) | null> | null = null;
  private announcement: NodeJS.Timeout | null = null;
  private lastAnnounced = 0;

  constructor(
    private readonly db: Database,
    private readonly timing: SubscriptionTiming = DEFAULT_TIMING,
  ) {
    this.engine = db.engine;
  }

  /** Applies the event store's migrations, then opens the store. */
  static async open(db: Database, timing?: SubscriptionTiming): Promise<PostgresEventStore> {
    await runMigrations(db, eventStoreMigrations);
    return new PostgresEventStore(db, timing);
  }

  async append(streamId: string, events: readonly NewEvent[], options: { expectedVersion: ExpectedVersion }): Promise<AppendResult> {
    const call = prepareCall({ streamId, events, expectedVersion: options?.expectedVersion });
    const result = await withClient(this.db.pool, (client) => runAppend(client, call));
    this.notifyAppended();
    return result;
  }

  /**
   * The same append inside the caller's open transaction (e.g. with an idempotency record).
   * Call notifyAppended() after COMMIT; otherwise subscribers find it at their next poll.
   */
  async appendOn(client: SqlClient, streamId: string, events: readonly NewEvent[], options: { expectedVersion: ExpectedVersion }): Promise<AppendResult> {
    return runAppend(client, prepareCall({ streamId, events, expectedVersion: options?.expectedVersion }));
  }

  /** Many streams in one transaction (historical import): all or nothing. */
  async appendMany(requests: readonly AppendRequest[]): Promise<AppendResult[]> {
    const calls = requests.map(prepareCall);
    if (calls.length === 0) return [];
    const results = await withClient(this.db.pool, (client) => runAppendMany(client, calls));
    this.notifyAppended();
    return results;
  }

  /**
   * Bulk import of history: each batch's events go after their streams' heads, in one
   * transaction and one COPY per batch, hashed into the same chain as appends (docs/EVENT-STORE.md).
   * Answers how many events were written; a refused batch stops the import, earlier ones stay.
   */
  async importEvents(batches: Iterable<readonly ImportEvent[]> | AsyncIterable<readonly ImportEvent[]>, onBatch?: (events: number) => void): Promise<number> {
    try {
      return await new EventImporter(this.db.pool).importAll(batches, onBatch);
    } finally {
      this.notifyAppended();
    }
  }

  /**
   * Wakes this process's subscriptions now and other processes' through NOTIFY, sent after the
   * commit and at most once per ANNOUNCE_INTERVAL_MS: an append made while one is scheduled is
   * covered by it (it is sent after this commit too), so every append is announced, and a burst
   * of appends costs the database a few announcements instead of one each.
   */
  notifyAppended(): void {
    this.wakes.emit('wake');
    if (this.announcement) return;
    const wait = Math.max(0, this.lastAnnounced + ANNOUNCE_INTERVAL_MS - Date.now());
    this.announcement = setTimeout(() => {
      this.announcement = null;
      this.lastAnnounced = Date.now();
      void this.db.notify(NOTIFY_CHANNEL).catch(() => undefined); // best effort: the subscribers' poll is the safety net
    }, wait);
  }

  readStream(streamId: string, options?: ReadStreamOptions): Promise<RecordedEvent[]> {
    return readStream(this.db.pool, streamId, options);
  }

  readAll(options: ReadAllOptions): Promise<RecordedEvent[]> {
    return readAll(this.db.pool, options);
  }

  headPosition(): Promise<bigint> {
    return headPosition(this.db.pool);
  }

  subscribe(options: SubscribeOptions, handler: SubscriptionHandler): Subscription {
    assertSubscribeOptions(options);
    this.unlisten ??= this.db
      .listen(NOTIFY_CHANNEL, () => this.wakes.emit('wake'))
      .catch(() => null); // The poll still runs; the notifier re-opens itself.
    const signal: WakeSignal = {
      onWake: (fn) => {
        this.wakes.on('wake', fn);
        return () => this.wakes.off('wake', fn);
      },
    };
    const read = (after: bigint, limit: number, types: readonly string[] | undefined) => this.readAll({ after, limit, types });
    const subscription = new PollingSubscription(read, signal, options, handler, this.timing);
    this.subscriptions.add(subscription);
    const stop = subscription.stop.bind(subscription);
    subscription.stop = async () => {
      this.subscriptions.delete(subscription);
      await stop();
    };
    return subscription;
  }

  /** Stops every subscription; the Database stays open (its owner closes it). */
  async close(): Promise<void> {
    await Promise.all([...this.subscriptions].map((s) => s.stop()));
    if (this.announcement) {
      clearTimeout(this.announcement); // announce now what was waiting: the database is still open
      this.announcement = null;
      await this.db.notify(NOTIFY_CHANNEL).catch(() => undefined);
    }
    const unlisten = await this.unlisten;
    this.unlisten = null;
    await unlisten?.().catch(() => undefined); // the database may already be closed
  }
}
