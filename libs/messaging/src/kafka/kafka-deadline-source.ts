import type { Consumer, EachBatchPayload, Kafka } from 'kafkajs';
import type { DeadlineEventSource, DeadlineSink } from '../deadline/deadline-source';
import { parseRelayedEvent } from '../relay/relay-message';

/**
 * The deadline watcher's events from Kafka, in its own consumer group. It never commits offsets:
 * the watcher's state lives in memory, so each boot re-reads the directive topic from the
 * beginning (the topic keeps its events; retention.ms=-1). Caught up means every partition this
 * member was assigned has been read to its high watermark at least once (an empty partition
 * counts as read). Messages that are not ours are skipped and counted, so one bad message cannot
 * stop the watcher.
 */
export class KafkaDeadlineSource implements DeadlineEventSource {
  private consumer: Consumer | null = null;
  /** Assigned partitions not yet read to their end; null until the group assigns some. */
  private pending: Set<number> | null = null;
  /** Partitions read to their end so far (batches may arrive before the assignment is known). */
  private readonly atEnd = new Set<number>();
  private caughtUp = false;
  skipped = 0;

  constructor(
    private readonly kafka: Kafka,
    private readonly options: { groupId: string; topic: string },
  ) {}

  async start(sink: DeadlineSink): Promise<void> {
    this.consumer = this.kafka.consumer({ groupId: this.options.groupId });
    await this.consumer.connect();
    await this.consumer.subscribe({ topics: [this.options.topic], fromBeginning: true });
    this.consumer.on(this.consumer.events.GROUP_JOIN, ({ payload }) => {
      void this.onAssigned(payload.memberAssignment[this.options.topic] ?? [], sink);
    });
    await this.consumer.run({ autoCommit: false, eachBatch: (payload) => this.onBatch(payload, sink) });
  }

  async stop(): Promise<void> {
    await this.consumer?.disconnect();
  }

  async onBatch({ batch, resolveOffset, heartbeat }: Pick<EachBatchPayload, 'batch' | 'resolveOffset' | 'heartbeat'>, sink: DeadlineSink): Promise<void> {
    for (const message of batch.messages) {
      try {
        const e = parseRelayedEvent(message.value?.toString('utf8') ?? '');
        sink.handle({ eventId: e.eventId, type: e.type, data: e.data });
      } catch {
        this.skipped++;
      }
      resolveOffset(message.offset);
    }
    await heartbeat();
    if (batch.offsetLag() === '0') {
      this.atEnd.add(batch.partition);
      this.pending?.delete(batch.partition);
    }
    this.checkCaughtUp(sink);
  }

  /** After a (re)balance: which of our partitions hold anything to read. */
  async onAssigned(partitions: readonly number[], sink: DeadlineSink): Promise<void> {
    const admin = this.kafka.admin();
    await admin.connect();
    try {
      const offsets = await admin.fetchTopicOffsets(this.options.topic);
      this.assign(partitions, offsets.filter((o) => o.high === o.low).map((o) => o.partition), sink);
    } finally {
      await admin.disconnect();
    }
  }

  assign(partitions: readonly number[], empty: readonly number[], sink: DeadlineSink): void {
    this.pending = new Set(partitions.filter((p) => !empty.includes(p) && !this.atEnd.has(p)));
    this.checkCaughtUp(sink);
  }

  private checkCaughtUp(sink: DeadlineSink): void {
    if (this.caughtUp || this.pending === null || this.pending.size > 0) return;
    this.caughtUp = true;
    sink.markCaughtUp();
  }
}
