import { DynamicModule, Inject, Injectable, Module, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import { DATABASE, runMigrations, type Database } from '@chitieu/database';
import { EVENT_STORE, type EventStore } from '@chitieu/event-store';
import { readSideMigrations } from '../projector/checkpoints';
import { AdvisoryLockLease } from '../projector/lease';
import { Projector } from '../projector/projector';
import { createReadStore } from '../projector/read-store';
import type { ReadStore } from '../projector/sql';
import { ALL_PROJECTIONS } from '../projections';
import { ReadSideQueries } from '../queries/read-side-queries';
import { ReadSideHealth, ReadSideMetricsController } from './metrics.controller';
import { READ_CONTROLLERS } from './read.controllers';
import { PROJECTOR, READ_STORE } from './tokens';

export interface ReadSideModuleOptions {
  /** Run the projections in this process (default true); false serves queries from tables another process fills. */
  readonly runProjector?: boolean;
  readonly batchSize?: number;
  /** Mount GET /metrics here (default true). */
  readonly metrics?: boolean;
}

export const READ_SIDE_MIGRATIONS = readSideMigrations(ALL_PROJECTIONS);

/** On the SQL engines the store's own table answers "how many events after X" in one query. */
export function sqlEventCounter(store: EventStore, db: Database): ((after: bigint) => Promise<number>) | undefined {
  if (store.engine !== 'postgres' && store.engine !== 'pglite') return undefined;
  return async (after) => {
    const { rows } = await db.pool.query<{ n: string }>('SELECT count(*)::text AS n FROM events WHERE position > $1', [after.toString()]);
    return Number(rows[0].n);
  };
}

@Injectable()
class ReadSideLifecycle implements OnApplicationBootstrap, OnApplicationShutdown {
  constructor(
    @Inject(PROJECTOR) private readonly projector: Projector,
    @Inject(READ_STORE) private readonly readStore: ReadStore,
    @Inject('READ_SIDE_OPTIONS') private readonly options: ReadSideModuleOptions,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    if (this.options.runProjector !== false) await this.projector.start();
  }

  async onApplicationShutdown(): Promise<void> {
    await this.projector.stop();
    await this.readStore.close();
  }
}

/**
 * The read side: migrations of its tables, the projector, the query API under /api/v1 and
 * /metrics. Needs DATABASE and EVENT_STORE from the platform. Add `app.get(ReadSideHealth)` to
 * the health contributors for /api/health.
 */
@Module({})
export class ReadSideModule {
  static forRoot(options: ReadSideModuleOptions = {}): DynamicModule {
    return {
      module: ReadSideModule,
      controllers: [...READ_CONTROLLERS, ...(options.metrics === false ? [] : [ReadSideMetricsController])],
      providers: [
        { provide: 'READ_SIDE_OPTIONS', useValue: options },
        {
          provide: READ_STORE,
          inject: [DATABASE],
          useFactory: async (db: Database) => {
            await runMigrations(db, READ_SIDE_MIGRATIONS);
            return createReadStore(db);
          },
        },
        {
          provide: PROJECTOR,
          inject: [EVENT_STORE, READ_STORE, DATABASE],
          useFactory: (store: EventStore, rs: ReadStore, db: Database) =>
            new Projector(store, rs, ALL_PROJECTIONS, {
              batchSize: options.batchSize,
              countEventsAfter: sqlEventCounter(store, db),
              // Several processes may share a PostgreSQL database; the embedded engine has one.
              lease: db.engine === 'postgres' ? new AdvisoryLockLease(db.pool) : undefined,
            }),
        },
        { provide: ReadSideQueries, inject: [READ_STORE, PROJECTOR], useFactory: (rs: ReadStore, p: Projector) => new ReadSideQueries(rs, p) },
        { provide: ReadSideHealth, inject: [PROJECTOR], useFactory: (p: Projector) => new ReadSideHealth(p, options.runProjector !== false) },
        ReadSideLifecycle,
      ],
      exports: [READ_STORE, PROJECTOR, ReadSideQueries, ReadSideHealth],
    };
  }
}
