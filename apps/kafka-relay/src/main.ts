/** Publishes every event to Kafka from a checkpointed subscription (one topic per category). */
import 'reflect-metadata';
import { Module } from '@nestjs/common';
import { Kafka } from 'kafkajs';
import { ConfigError, DatabaseHealth, HEALTH_CONTRIBUTORS, HealthController, PlatformModule, runService, type HealthContributor } from '@chitieu/http';
import { categoryTopics, ensureTopics, KafkaJsProducer, KafkaRelay, MESSAGING_MIGRATIONS, SqlRelayCheckpoints } from '@chitieu/messaging';

@Module({})
class KafkaRelayModule {}

let relay: KafkaRelay | null = null;
const relayHealth: HealthContributor = {
  name: 'kafka-relay',
  check: async () => {
    const s = relay?.status();
    if (!s) return { status: 'down', error: 'not started' };
    return { status: s.lastError ? 'degraded' : 'ok', checkpoint: s.checkpoint.toString(), published: s.published, lastError: s.lastError?.message ?? null };
  },
};

runService({
  name: 'kafka-relay',
  migrations: [MESSAGING_MIGRATIONS],
  module: (options) => ({
    module: KafkaRelayModule,
    imports: [PlatformModule.forRoot(options)],
    controllers: [HealthController],
    providers: [{ provide: HEALTH_CONTRIBUTORS, useValue: [new DatabaseHealth(options.database, options.store), relayHealth] }],
  }),
  start: async ({ infrastructure, config }) => {
    if (!config.KAFKA_BROKERS) throw new ConfigError('kafka-relay needs KAFKA_BROKERS (e.g. kafka:9092)');
    const kafka = new Kafka({ clientId: config.KAFKA_CLIENT_ID, brokers: config.KAFKA_BROKERS.split(',') });
    await ensureTopics(kafka, categoryTopics(), { partitions: 6, replicationFactor: 1, minInsyncReplicas: 1 });
    relay = new KafkaRelay(infrastructure.store, new KafkaJsProducer(kafka), new SqlRelayCheckpoints(infrastructure.database.pool), { name: 'kafka-relay' });
    await relay.start();
    return () => relay!.stop();
  },
});
