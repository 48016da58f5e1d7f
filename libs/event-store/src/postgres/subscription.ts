import type { RecordedEvent, SubscribeOptions, Subscription, SubscriptionHandler } from '../event-store.port';

export type ReadPage = (after: bigint, limit: number, types: readonly string[] | undefined) => Promise<RecordedEvent[]>;

/** Wakes idle subscriptions: a LISTEN notification or an append made by this process. */
export interface WakeSignal {
  onWake(fn: () => void): () => void;
}

export interface SubscriptionTiming {
  /** The safety-net poll for wake-ups that never came (a lost LISTEN connection). */
  readonly pollMs: number;
  readonly retryStartMs: number;
  readonly retryMaxMs: number;
}

export const DEFAULT_TIMING: SubscriptionTiming = { pollMs: 1_000, retryStartMs: 100, retryMaxMs: 5_000 };
const DEFAULT_BATCH = 500;

/**
 * Catch-up by pages, then live. The position moves only after the handler accepted a batch, so
 * a failing handler sees the same batch again (with capped exponential backoff) and a stopped
 * subscription resumes exactly where it was, from a checkpoint the caller keeps.
 */
export class PollingSubscription implements Subscription {
  readonly name: string;
  private current: bigint;
  private error: Error | null = null;
  private stopped = false;
  private woken = false;
  private interrupt: (() => void) | null = null;
  private readonly done: Promise<void>;

  constructor(
    private readonly read: ReadPage,
    signal: WakeSignal,
    private readonly options: SubscribeOptions,
    private readonly handler: SubscriptionHandler,
    private readonly timing: SubscriptionTiming = DEFAULT_TIMING,
  ) {
    this.name = options.name ?? 'subscription';
    this.current = options.from;
    const off = signal.onWake(() => this.wake());
    this.done = this.run().finally(off);
  }

  position(): bigint {
    return this.current;
  }

  lastError(): Error | null {
    return this.error;
  }

  async stop(): Promise<void> {
    this.stopped = true;
    this.wake();
    await this.done;
  }

  private async run(): Promise<void> {
    let retryMs = this.timing.retryStartMs;
    while (!this.stopped) {
      try {
        this.woken = false;
        const page = await this.read(this.current, this.options.batchSize ?? DEFAULT_BATCH, this.options.types);
        if (page.length === 0) {
          await this.pause(this.timing.pollMs);
          continue;
        }
        await this.handler(page);
        this.current = page[page.length - 1].position;
        this.error = null;
        retryMs = this.timing.retryStartMs;
      } catch (err) {
        // The handler failed or the store is unavailable: same batch again, after a pause.
        this.error = err instanceof Error ? err : new Error(String(err));
        await this.pause(retryMs, true);
        retryMs = Math.min(retryMs * 2, this.timing.retryMaxMs);
      }
    }
  }

  private wake(): void {
    this.woken = true;
    this.interrupt?.();
  }

  /** Sleep until the timeout, a wake-up (unless backing off) or stop. */
  private pause(ms: number, backingOff = false): Promise<void> {
    if (this.stopped || (this.woken && !backingOff)) return Promise.resolve();
    return new Promise((resolve) => {
      const finish = () => {
        clearTimeout(timer);
        this.interrupt = null;
        resolve();
      };
      const timer = setTimeout(finish, ms);
      this.interrupt = () => {
        if (this.stopped || !backingOff) finish();
      };
    });
  }
}
