import type {
  AppendResult, EventStore, ExpectedVersion, NewEvent, ReadAllOptions, RecordedEvent, SubscribeOptions, Subscription, SubscriptionHandler,
} from '@chitieu/event-store';

/**
 * A small EventStore for read-side specs: in order, at least once, a failing handler retried.
 * Not a product engine (no hash chain, no concurrency checks beyond the expected version).
 */
export class InMemoryEventStore implements EventStore {
  readonly engine = 'memory';
  readonly events: RecordedEvent[] = [];
  private readonly wakeups = new Set<() => void>();

  async append(streamId: string, events: readonly NewEvent[], options: { expectedVersion: ExpectedVersion }): Promise<AppendResult> {
    let version = this.events.filter((e) => e.streamId === streamId).length;
    if (typeof options.expectedVersion === 'number' && options.expectedVersion !== version) throw new Error(`wrong expected version ${options.expectedVersion} for ${streamId} at ${version}`);
    for (const e of events) {
      version += 1;
      // Gaps between positions, as on PostgreSQL.
      const position = (this.events.at(-1)?.position ?? 0n) + 3n;
      this.events.push({ ...e, streamId, version, position, recordedAt: new Date(), hash: 'h', prevHash: null });
    }
    this.wakeups.forEach((w) => w());
    return { nextVersion: version, lastPosition: this.events.at(-1)?.position ?? 0n };
  }

  /** Appends already-recorded events as they are (positions, times), for fixtures. */
  load(events: readonly RecordedEvent[]): void {
    this.events.push(...events);
    this.wakeups.forEach((w) => w());
  }

  async readStream(streamId: string): Promise<RecordedEvent[]> {
    return this.events.filter((e) => e.streamId === streamId);
  }

  async readAll(o: ReadAllOptions): Promise<RecordedEvent[]> {
    return this.events.filter((e) => e.position > o.after && (!o.types || o.types.includes(e.type))).slice(0, o.limit);
  }

  async headPosition(): Promise<bigint> {
    return this.events.at(-1)?.position ?? 0n;
  }

  subscribe(o: SubscribeOptions, handler: SubscriptionHandler): Subscription {
    let position = o.from;
    let lastError: Error | null = null;
    let stopped = false;
    let wake: () => void = () => undefined;
    const loop = async () => {
      while (!stopped) {
        const batch = await this.readAll({ after: position, limit: o.batchSize ?? 100, types: o.types });
        if (batch.length === 0) {
          await new Promise<void>((r) => {
            wake = r;
            this.wakeups.add(r);
            setTimeout(r, 50);
          });
          this.wakeups.delete(wake);
          continue;
        }
        try {
          await handler(batch);
          // eslint-disable-next-line require-atomic-updates -- one loop per subscription owns position
          position = batch[batch.length - 1].position;
          lastError = null;
        } catch (err) {
          lastError = err as Error;
          await new Promise((r) => setTimeout(r, 20));
        }
      }
    };
    const running = loop();
    return {
      name: o.name ?? 'subscription',
      position: () => position,
      lastError: () => lastError,
      stop: async () => {
        stopped = true;
        wake();
        await running;
      },
    };
  }

  async close(): Promise<void> {}
}
