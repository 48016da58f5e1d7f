import type { AllStreamSubscription } from '@kurrent/kurrentdb-client';
import type { RecordedEvent, SubscribeOptions, Subscription, SubscriptionHandler } from '../event-store.port';
import type { KurrentClient } from './kurrent-client';
import { kurrentFilter } from './kurrent-filter';
import { fromResolved, toReadPosition } from './kurrent-mapping';

const FIRST_BACKOFF_MS = 100;
const MAX_BACKOFF_MS = 10_000;

/**
 * A catch-up subscription to $all with a server-side filter, delivering batches in order, at
 * least once. The position only moves after the handler accepts a batch; a failing handler is
 * retried with backoff on the same batch, and a dropped connection resubscribes from the last
 * accepted position, so nothing is skipped.
 */
export class KurrentSubscription implements Subscription {
  readonly name: string;
  private pos: bigint;
  private error: Error | null = null;
  private stopped = false;
  private current: AllStreamSubscription | null = null;
  private wake: (() => void) | null = null;
  private done: Promise<void> = Promise.resolve();

  private constructor(
    private readonly client: KurrentClient,
    private readonly options: SubscribeOptions & { streamPrefixes?: readonly string[] },
    private readonly handler: SubscriptionHandler,
  ) {
    this.name = options.name ?? 'kurrentdb-subscription';
    this.pos = options.from;
  }

  static start(client: KurrentClient, options: SubscribeOptions & { streamPrefixes?: readonly string[] }, handler: SubscriptionHandler): KurrentSubscription {
    const s = new KurrentSubscription(client, options, handler);
    s.done = s.run();
    return s;
  }

  position(): bigint {
    return this.pos;
  }

  lastError(): Error | null {
    return this.error;
  }

  async stop(): Promise<void> {
    this.stopped = true;
    this.wake?.();
    await this.current?.unsubscribe().catch(() => undefined);
    await this.done;
  }

  private async run(): Promise<void> {
    let backoff = FIRST_BACKOFF_MS;
    while (!this.stopped) {
      try {
        await this.follow();
        backoff = FIRST_BACKOFF_MS;
      } catch (err) {
        if (this.stopped) return;
        this.error = err instanceof Error ? err : new Error(String(err));
        await this.sleep(backoff);
        backoff = Math.min(backoff * 2, MAX_BACKOFF_MS);
      }
    }
  }

  private async follow(): Promise<void> {
    const filter = kurrentFilter({ types: this.options.types, streamPrefixes: this.options.streamPrefixes });
    const sub = this.client.subscribeToAll({ fromPosition: toReadPosition(this.pos), filter });
    this.current = sub;
    const batchSize = this.options.batchSize ?? 100;
    let batch: RecordedEvent[] = [];
    for await (const resolved of sub) {
      if (this.stopped) break;
      const e = fromResolved(resolved);
      if (e.position <= this.pos) continue;
      batch.push(e);
      // deliver when the batch is full or nothing more is buffered: small batches when live
      if (batch.length >= batchSize || sub.readableLength === 0) {
        await this.deliver(batch);
        batch = [];
      }
    }
  }

  private async deliver(batch: readonly RecordedEvent[]): Promise<void> {
    let backoff = FIRST_BACKOFF_MS;
    while (!this.stopped) {
      try {
        await this.handler(batch);
        this.pos = batch[batch.length - 1].position;
        this.error = null;
        return;
      } catch (err) {
        this.error = err instanceof Error ? err : new Error(String(err));
        await this.sleep(backoff);
        backoff = Math.min(backoff * 2, MAX_BACKOFF_MS);
      }
    }
  }

  private sleep(ms: number): Promise<void> {
    return new Promise((resolve) => {
      const t = setTimeout(resolve, ms);
      this.wake = () => {
        clearTimeout(t);
        resolve();
      };
    });
  }
}
