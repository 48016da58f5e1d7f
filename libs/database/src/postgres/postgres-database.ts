import pg from 'pg';
import type { Database } from '../sql-pool';
import { PgNotifier } from './pg-notifier';

const DEFAULT_POOL_SIZE = 10;
const APPLICATION_NAME = 'chitieu';

/**
 * PostgreSQL through `pg`. `pgDriver` is the real `pg` module except that its Pool always uses
 * this database's settings (URL, size, application_name), so TypeORM connects where we do.
 */
export async function createPostgresDatabase(databaseUrl: string, poolSize = DEFAULT_POOL_SIZE): Promise<Database> {
  const settings = { connectionString: databaseUrl, max: poolSize, application_name: APPLICATION_NAME };
  const notifier = new PgNotifier({ connectionString: databaseUrl, application_name: `${APPLICATION_NAME}-listen` });

  class Pool extends pg.Pool {
    constructor(options?: pg.PoolConfig) {
      super({ ...options, ...settings });
      // A client whose server went away emits 'error': on the pool when idle, on the client itself
      // when checked out (pg-pool drops its listener then). Unhandled, either kills the process;
      // the query in flight still fails, and the pool discards the dead client on release.
      this.on('error', () => undefined);
      this.on('connect', (client) => client.on('error', () => undefined));
    }
  }
  const pool = new Pool();
  const pgDriver: unknown = Object.assign(Object.create(pg) as object, { Pool });

  return {
    engine: 'postgres',
    pool,
    pgDriver,
    location: describe(databaseUrl),
    listen: (channel, onNotify) => notifier.listen(channel, onNotify),
    async notify(channel) {
      // NOTIFY gives its transaction an id, so a plain autocommit pg_notify writes a commit record
      // and waits for its flush while holding the database-wide notify lock. A lost wake-up (a
      // crash before the WAL writer flushes it) only delays listeners until their next poll.
      await pool.query(`BEGIN; SET LOCAL synchronous_commit = off; SELECT pg_notify(${quoteLiteral(channel)}, ''); COMMIT`);
    },
    async close() {
      await notifier.close();
      await pool.end();
    },
  };
}

function quoteLiteral(text: string): string {
  return `'${text.replace(/'/g, "''")}'`;
}

/** host:port/database, without the credentials. */
function describe(databaseUrl: string): string {
  try {
    const url = new URL(databaseUrl);
    return `${url.hostname}:${url.port || '5432'}${url.pathname}`;
  } catch {
    return 'postgres';
  }
}
