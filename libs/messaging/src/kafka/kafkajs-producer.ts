import type { Kafka, Producer, TopicMessages } from 'kafkajs';
import type { MessageProducer, OutboundMessage } from '../message-producer.port';

/**
 * The MessageProducer port on kafkajs, kept thin: the relay owns ordering, retries and
 * checkpoints. Idempotent producer with one request in flight, so the broker drops its own
 * retried duplicates and never reorders a partition; acks from all in-sync replicas (-1),
 * which idempotence requires anyway. Production topics are created ahead with replication
 * factor 3 and min.insync.replicas 2 (see docs/SCALE-OUT.md), so one broker may fail.
 */
export class KafkaJsProducer implements MessageProducer {
  private readonly producer: Producer;

  constructor(kafka: Kafka, options: { allowAutoTopicCreation?: boolean } = {}) {
    this.producer = kafka.producer({ idempotent: true, maxInFlightRequests: 1, allowAutoTopicCreation: options.allowAutoTopicCreation ?? false });
  }

  connect(): Promise<void> {
    return this.producer.connect();
  }

  disconnect(): Promise<void> {
    return this.producer.disconnect();
  }

  async send(messages: readonly OutboundMessage[]): Promise<void> {
    if (messages.length === 0) return;
    await this.producer.sendBatch({ acks: -1, topicMessages: groupByTopic(messages) });
  }
}

/** One entry per topic, each keeping the order the messages were given in. */
export function groupByTopic(messages: readonly OutboundMessage[]): TopicMessages[] {
  const byTopic = new Map<string, TopicMessages>();
  for (const m of messages) {
    const entry = byTopic.get(m.topic) ?? { topic: m.topic, messages: [] };
    entry.messages.push({ key: m.key, value: m.value, headers: { ...m.headers } });
    byTopic.set(m.topic, entry);
  }
  return [...byTopic.values()];
}

/** Create the category topics if missing (production sets replication 3 and min ISR 2). */
export async function ensureTopics(kafka: Kafka, topics: readonly string[], settings: { partitions: number; replicationFactor: number; minInsyncReplicas: number }): Promise<void> {
  const admin = kafka.admin();
  await admin.connect();
  try {
    await admin.createTopics({
      waitForLeaders: true,
      topics: topics.map((topic) => ({
        topic,
        numPartitions: settings.partitions,
        replicationFactor: settings.replicationFactor,
        // events are history: keep them; the deadline watcher replays its topic on boot
        configEntries: [{ name: 'min.insync.replicas', value: String(settings.minInsyncReplicas) }, { name: 'retention.ms', value: '-1' }],
      })),
    });
  } finally {
    await admin.disconnect();
  }
}
