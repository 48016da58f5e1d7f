import { randomUUID } from 'node:crypto';
import { Kafka, logLevel } from 'kafkajs';
import { KafkaJsProducer } from './kafkajs-producer';

/**
 * Needs a Kafka broker: KAFKA_BROKERS=localhost:9092 (docker-compose.yml starts one). Without
 * it the suite reports itself skipped by name; nothing is faked.
 */
const brokers = process.env.KAFKA_BROKERS?.split(',').filter(Boolean) ?? [];
const suite = brokers.length > 0 ? describe : describe.skip;
const title = brokers.length > 0 ? 'kafkajs adapter against a broker' : 'kafkajs adapter against a broker (skipped: KAFKA_BROKERS is not set)';
// jest prints no names for a wholly skipped file: say which suite and why
if (!(brokers.length > 0)) process.stderr.write(`SKIPPED: ${title}\n`);

suite(title, () => {
  const kafka = new Kafka({ clientId: 'chitieu-test', brokers, logLevel: logLevel.NOTHING });

  it('delivers messages with key and headers, in order per key, once acknowledged', async () => {
    const topic = `chitieu.test-${randomUUID().slice(0, 8)}`;
    const admin = kafka.admin();
    await admin.connect();
    await admin.createTopics({ waitForLeaders: true, topics: [{ topic, numPartitions: 3, replicationFactor: 1 }] });
    await admin.disconnect();

    const producer = new KafkaJsProducer(kafka);
    await producer.connect();
    const sent = [1, 2, 3, 4].map((v) => ({ topic, key: v % 2 ? 'indicator-a' : 'indicator-b', value: String(v), headers: { 'event-id': `e${v}` } }));
    await producer.send(sent);
    await producer.disconnect();

    const consumer = kafka.consumer({ groupId: `test-${randomUUID()}` });
    await consumer.connect();
    await consumer.subscribe({ topics: [topic], fromBeginning: true });
    const got: Array<{ key: string; value: string; id: string }> = [];
    await consumer.run({
      eachMessage: async ({ message }) =>
        void got.push({ key: message.key!.toString(), value: message.value!.toString(), id: message.headers!['event-id']!.toString() }),
    });
    for (let i = 0; i < 200 && got.length < 4; i++) await new Promise((r) => setTimeout(r, 50));
    await consumer.disconnect();
    expect(got.filter((m) => m.key === 'indicator-a').map((m) => m.value)).toEqual(['1', '3']);
    expect(got.filter((m) => m.key === 'indicator-b').map((m) => m.id)).toEqual(['e2', 'e4']);
  });
});
