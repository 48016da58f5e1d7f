import { createDatabase, runMigrations, type Database, type MigrationSet } from '@chitieu/database';
import { eventStoreMigrations, KurrentEventStore, PostgresEventStore, type EventStore } from '@chitieu/event-store';
import type { AppConfig } from './config';
import { IDEMPOTENCY_MIGRATIONS } from './commands/idempotency.store';

export interface Infrastructure {
  readonly database: Database;
  readonly store: EventStore;
  close(): Promise<void>;
}

/**
 * The database (PostgreSQL, or embedded PGlite when DATABASE_URL is unset) with its migrations,
 * and the event store on it — or on KurrentDB when EVENT_STORE_ENGINE=kurrentdb.
 */
export async function openInfrastructure(config: AppConfig, extraMigrations: readonly MigrationSet[] = []): Promise<Infrastructure> {
  const database = await createDatabase({ databaseUrl: config.DATABASE_URL, dataDir: config.DATA_DIR, poolSize: config.DATABASE_POOL_SIZE });
  try {
    for (const set of [eventStoreMigrations, IDEMPOTENCY_MIGRATIONS, ...extraMigrations]) await runMigrations(database, set);
    const store: EventStore =
      config.EVENT_STORE_ENGINE === 'kurrentdb' ? await KurrentEventStore.connect(config.KURRENTDB_URL!) : new PostgresEventStore(database);
    return {
      database,
      store,
      close: async () => {
        await store.close();
        await database.close();
      },
    };
  } catch (err) {
    await database.close().catch(() => undefined);
    throw err;
  }
}
