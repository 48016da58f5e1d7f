import { DataSource } from 'typeorm';
import type { Database } from '@chitieu/database';
import type { ReadStore, Sql } from './sql';

/**
 * The read side's TypeORM DataSource on the Database's pgDriver: the same SQL and the same
 * transactions on PostgreSQL and PGlite (where the driver queues TypeORM behind the event store
 * on the one embedded connection).
 */
export async function createReadStore(db: Pick<Database, 'pgDriver'>): Promise<ReadStore> {
  const ds = new DataSource({ type: 'postgres', driver: db.pgDriver, synchronize: false, entities: [], logging: false });
  await ds.initialize();
  return readStoreOf(ds);
}

export function readStoreOf(ds: DataSource): ReadStore {
  return {
    query: <R>(text: string, params?: unknown[]) => ds.query<R[]>(text, params),
    transaction: <T>(work: (tx: Sql) => Promise<T>) =>
      ds.transaction((em) => work({ query: <R>(text: string, params?: unknown[]) => em.query<R[]>(text, params) })),
    close: async () => {
      if (ds.isInitialized) await ds.destroy();
    },
  };
}
