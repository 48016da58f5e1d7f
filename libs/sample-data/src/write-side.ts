import 'reflect-metadata';
import { Global, Module, type DynamicModule } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { CommandBus, CqrsModule } from '@nestjs/cqrs';
import { DirectivesModule } from '@chitieu/directives';
import { EVENT_STORE, type EventStore } from '@chitieu/event-store';
import { MonitoringModule } from '@chitieu/monitoring';
import { OrganisationModule } from '@chitieu/organisation';

@Global()
@Module({})
class EventStoreModule {
  static of(store: EventStore): DynamicModule {
    return { module: EventStoreModule, providers: [{ provide: EVENT_STORE, useValue: store }], exports: [EVENT_STORE] };
  }
}

@Module({})
class WriteSideModule {
  static of(store: EventStore): DynamicModule {
    return { module: WriteSideModule, imports: [CqrsModule.forRoot(), EventStoreModule.of(store), OrganisationModule, MonitoringModule, DirectivesModule] };
  }
}

export interface WriteSide {
  readonly commandBus: CommandBus;
  close(): Promise<void>;
}

/** The command handlers of all three contexts on a given store, without HTTP (seeding, scripts, tests). */
export async function createWriteSide(store: EventStore): Promise<WriteSide> {
  const app = await NestFactory.createApplicationContext(WriteSideModule.of(store), { logger: false });
  await app.init();
  return { commandBus: app.get(CommandBus), close: () => app.close() };
}
