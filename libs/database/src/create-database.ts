import type { Database, DatabaseConfig } from './sql-pool';
import { createPostgresDatabase } from './postgres/postgres-database';
import { createPgliteDatabase } from './pglite/pglite-database';
import { guarded } from './errors';

/** PostgreSQL when a URL is configured, else the embedded PGlite engine in dataDir. */
export async function createDatabase(config: DatabaseConfig): Promise<Database> {
  if (config.databaseUrl) {
    const db = await createPostgresDatabase(config.databaseUrl, config.poolSize);
    // Fail at boot, as 'unavailable', rather than at the first request.
    await guarded(() => db.pool.query('SELECT 1')).catch(async (err) => {
      await db.close().catch(() => undefined);
      throw err;
    });
    return db;
  }
  return createPgliteDatabase(config.dataDir);
}
