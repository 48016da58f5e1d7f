import type { EventStore, Subscription } from '@chitieu/event-store';
import { DIRECTIVE_EVENT_TYPES, type WatchedEvent } from './deadline-tracker';

/** Where the watcher's events come from: Kafka (its own consumer group) or the store itself. */
export interface DeadlineSink {
  handle(event: WatchedEvent): void;
  /** The source has delivered everything that existed when it started. */
  markCaughtUp(): void;
}

export interface DeadlineEventSource {
  start(sink: DeadlineSink): Promise<void>;
  stop(): Promise<void>;
}

/**
 * The store itself, for deployments without Kafka. The watcher keeps its state in memory, so
 * every boot replays directive events from the start: read in pages up to the end, report caught
 * up, then follow the subscription from there.
 */
export class StoreDeadlineSource implements DeadlineEventSource {
  private subscription: Subscription | null = null;

  constructor(
    private readonly store: EventStore,
    private readonly pageSize = 500,
  ) {}

  async start(sink: DeadlineSink): Promise<void> {
    let after = 0n;
    for (;;) {
      const page = await this.store.readAll({ after, limit: this.pageSize, types: DIRECTIVE_EVENT_TYPES });
      page.forEach((e) => sink.handle(e));
      if (page.length > 0) after = page[page.length - 1].position;
      if (page.length < this.pageSize) break;
    }
    sink.markCaughtUp();
    this.subscription = this.store.subscribe({ from: after, types: DIRECTIVE_EVENT_TYPES, name: 'deadline-watcher' }, async (events) => {
      events.forEach((e) => sink.handle(e));
    });
  }

  async stop(): Promise<void> {
    await this.subscription?.stop();
  }
}
