/**
 * Records TaskWentOverdue when a task passes its due date unfinished. Follows directive events from
 * Kafka (its own consumer group) or, where KAFKA_BROKERS is unset, from the store directly.
 */
import 'reflect-metadata';
import { Module } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { Kafka } from 'kafkajs';
import { randomUUID } from 'node:crypto';
import { DirectivesModule, MarkTaskOverdueCommand } from '@chitieu/directives';
import { DatabaseHealth, HEALTH_CONTRIBUTORS, HealthController, PlatformModule, runService } from '@chitieu/http';
import { DeadlineWatcher, hanoiToday, KafkaDeadlineSource, runDeadlineWatcher, StoreDeadlineSource } from '@chitieu/messaging';

@Module({})
class DeadlineWatcherModule {}

runService({
  name: 'deadline-watcher',
  module: (options) => ({
    module: DeadlineWatcherModule,
    imports: [PlatformModule.forRoot(options), DirectivesModule],
    controllers: [HealthController],
    providers: [{ provide: HEALTH_CONTRIBUTORS, useValue: [new DatabaseHealth(options.database, options.store)] }],
  }),
  start: async ({ app, infrastructure, config }) => {
    const bus = app.get(CommandBus);
    const watcher = new DeadlineWatcher({
      today: () => hanoiToday(new Date()),
      sendCommand: async (c) => {
        const context = {
          actor: 'deadline-watcher', role: 'system' as const, unit: null, today: c.detectedOn, occurredAt: c.detectedOn,
          reason: `Quá hạn: hạn ${c.dueDate}`, sourceDocument: null, correlationId: randomUUID(), causationId: null, idSeed: c.idempotencyKey,
        };
        await bus.execute(new MarkTaskOverdueCommand({ directiveId: c.directiveId, taskId: c.taskId }, context));
      },
    });
    const source = config.KAFKA_BROKERS
      ? new KafkaDeadlineSource(new Kafka({ clientId: config.KAFKA_CLIENT_ID, brokers: config.KAFKA_BROKERS.split(',') }), { groupId: 'deadline-watcher', topic: 'chitieu.directive' })
      : new StoreDeadlineSource(infrastructure.store);
    const running = await runDeadlineWatcher(watcher, source);
    return () => running.stop();
  },
});
