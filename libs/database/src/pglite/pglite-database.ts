import { mkdirSync } from 'node:fs';
import type { Database, Listener } from '../sql-pool';
import { pgCompatibleTypes } from './pg-type-parity';
import { PglitePool } from './pglite-pool';
import { pgliteDriver } from './pglite-driver';
import { loadPglite } from './load-pglite';

const MEMORY = 'memory://';

/**
 * The embedded engine: one PGlite instance persisted in dataDir ('memory://' for tests).
 * PGlite does not fsync (docs/RELIABILITY.md): it is for trying, developing and small
 * single-machine use; PostgreSQL is the durable path.
 */
export async function createPgliteDatabase(dataDir: string): Promise<Database> {
  if (!dataDir.startsWith(MEMORY)) mkdirSync(dataDir, { recursive: true });
  const { PGlite } = loadPglite();
  const engine = new PGlite(dataDir, pgCompatibleTypes());
  await engine.waitReady;
  const pool = new PglitePool(engine);
  const listen: Listener = async (channel, onNotify) => {
    const unlisten = await engine.listen(channel, onNotify);
    return () => unlisten();
  };
  return {
    engine: 'pglite',
    pool,
    pgDriver: pgliteDriver(pool),
    location: dataDir,
    listen,
    async notify(channel) {
      await pool.query('SELECT pg_notify($1, $2)', [channel, '']);
    },
    async close() {
      await pool.end();
      if (!engine.closed) await engine.close();
    },
  };
}
