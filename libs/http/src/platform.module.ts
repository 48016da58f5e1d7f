import { DynamicModule, Global, Module } from '@nestjs/common';
import { APP_FILTER, APP_GUARD } from '@nestjs/core';
import { CqrsModule } from '@nestjs/cqrs';
import { DATABASE, type Database } from '@chitieu/database';
import { EVENT_STORE, type EventStore } from '@chitieu/event-store';
import { AuthGuard } from './auth/auth.guard';
import { TOKEN_SERVICE, TokenService } from './auth/jwt';
import { EventStoreUnitDirectory, UNIT_DIRECTORY } from './auth/unit-directory';
import { CommandGateway } from './commands/command-gateway';
import { IDEMPOTENCY_STORE, IdempotencyStore } from './commands/idempotency.store';
import { APP_CONFIG, type AppConfig } from './config';
import { ProblemDetailsFilter } from './errors/problem-details.filter';

export interface PlatformOptions {
  config: AppConfig;
  database: Database;
  store: EventStore;
  jwtSecret: string;
}

/**
 * What every deployable shares: config, the database and event store, auth (deny by default),
 * problem details, and the command gateway. Apps compose it with the context modules.
 */
@Global()
@Module({})
export class PlatformModule {
  static forRoot(options: PlatformOptions): DynamicModule {
    const providers = [
      { provide: APP_CONFIG, useValue: options.config },
      { provide: DATABASE, useValue: options.database },
      { provide: EVENT_STORE, useValue: options.store },
      { provide: TOKEN_SERVICE, useValue: new TokenService(options.jwtSecret, options.config.TOKEN_TTL) },
      { provide: UNIT_DIRECTORY, useValue: new EventStoreUnitDirectory(options.store) },
      { provide: IDEMPOTENCY_STORE, useValue: new IdempotencyStore(options.database.pool) },
      CommandGateway,
    ];
    return {
      module: PlatformModule,
      imports: [CqrsModule.forRoot()],
      providers: [...providers, { provide: APP_GUARD, useClass: AuthGuard }, { provide: APP_FILTER, useClass: ProblemDetailsFilter }],
      exports: [...providers.map((p) => ('provide' in p ? p.provide : p)), CqrsModule],
    };
  }
}
