import type { EventStore, RecordedEvent, Subscription } from '@chitieu/event-store';
import type { MessageProducer } from '../message-producer.port';
import type { RelayCheckpoints } from './relay-checkpoints';
import { DEFAULT_TOPIC_PREFIX, toOutboundMessage } from './relay-message';

export interface RelayRetry {
  /** Sends of one batch before the batch is handed back to the subscription as failed. */
  readonly attempts: number;
  readonly firstDelayMs: number;
  readonly maxDelayMs: number;
}

export interface KafkaRelayOptions {
  /** Checkpoint name and subscription name, e.g. 'kafka-relay'. */
  readonly name: string;
  readonly topicPrefix?: string;
  readonly batchSize?: number;
  /** Only these event types (all when absent). */
  readonly types?: readonly string[];
  readonly retry?: Partial<RelayRetry>;
  /** Injected so tests need no real waiting. */
  readonly sleep?: (ms: number) => Promise<void>;
}

export interface RelayStatus {
  readonly name: string;
  readonly checkpoint: bigint;
  readonly published: number;
  readonly lastError: Error | null;
}

const DEFAULT_RETRY: RelayRetry = { attempts: 5, firstDelayMs: 100, maxDelayMs: 5_000 };

/**
 * Publishes the store's events to Kafka from a checkpointed subscription (never from a command
 * handler). The checkpoint moves only after the broker has acknowledged the whole batch, so a
 * crash between the two re-sends that batch: delivery is at least once, and consumers
 * deduplicate by the `event-id` header. Within a batch, messages go in store order, and the
 * producer keeps one request in flight, so each stream's events reach its partition in order.
 */
export class KafkaRelay {
  private checkpoint = 0n;
  private published = 0;
  private error: Error | null = null;
  private subscription: Subscription | null = null;
  private readonly retry: RelayRetry;
  private readonly sleep: (ms: number) => Promise<void>;

  constructor(
    private readonly store: EventStore,
    private readonly producer: MessageProducer,
    private readonly checkpoints: RelayCheckpoints,
    private readonly options: KafkaRelayOptions,
  ) {
    this.retry = { ...DEFAULT_RETRY, ...options.retry };
    this.sleep = options.sleep ?? ((ms) => new Promise((r) => setTimeout(r, ms)));
  }

  /** Resume after the stored checkpoint and follow the store. */
  async start(): Promise<void> {
    await this.producer.connect();
    this.checkpoint = await this.checkpoints.load(this.options.name);
    this.subscription = this.store.subscribe(
      { from: this.checkpoint, name: this.options.name, batchSize: this.options.batchSize ?? 200, types: this.options.types },
      (events) => this.publish(events),
    );
  }

  async stop(): Promise<void> {
    await this.subscription?.stop();
    await this.producer.disconnect();
  }

  status(): RelayStatus {
    return { name: this.options.name, checkpoint: this.checkpoint, published: this.published, lastError: this.error ?? this.subscription?.lastError() ?? null };
  }

  /** Send a batch, wait for the acknowledgement, then advance the checkpoint. Throws if it cannot. */
  async publish(events: readonly RecordedEvent[]): Promise<void> {
    // a redelivered batch (subscriptions are at least once) is not sent twice by this process
    const fresh = events.filter((e) => e.position > this.checkpoint);
    if (fresh.length === 0) return;
    const messages = fresh.map((e) => toOutboundMessage(e, this.options.topicPrefix ?? DEFAULT_TOPIC_PREFIX));
    await this.sendWithRetry(messages);
    const last = fresh[fresh.length - 1].position;
    await this.checkpoints.save(this.options.name, last);
    this.checkpoint = last;
    this.published += fresh.length;
    this.error = null;
  }

  private async sendWithRetry(messages: Parameters<MessageProducer['send']>[0]): Promise<void> {
    let delay = this.retry.firstDelayMs;
    for (let attempt = 1; ; attempt++) {
      try {
        await this.producer.send(messages);
        return;
      } catch (err) {
        this.error = err instanceof Error ? err : new Error(String(err));
        if (attempt >= this.retry.attempts) throw this.error;
        await this.sleep(delay);
        delay = Math.min(delay * 2, this.retry.maxDelayMs);
      }
    }
  }
}
