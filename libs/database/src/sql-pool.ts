import { asStoreError, isConnectionFailure } from './errors';

/**
 * The SQL connection surface the whole product uses: a subset of `pg.Pool` that `pg` satisfies
 * as it is and that the embedded PGlite engine satisfies through an exclusive-client shim.
 * One code path for the SQL on both engines.
 */
export interface QueryResult<R = Record<string, unknown>> {
  rows: R[];
  rowCount: number | null;
}

/**
 * A statement prepared once per connection under its name (pg), then only bound and executed:
 * for the hottest statements, where parsing and planning cost as much as running.
 */
export interface NamedStatement {
  readonly name: string;
  readonly text: string;
  readonly values: unknown[];
}

export interface SqlClient {
  query<R = Record<string, unknown>>(text: string, params?: unknown[]): Promise<QueryResult<R>>;
  /** PGlite runs the text each time: its plans live in the one session anyway. */
  query<R = Record<string, unknown>>(statement: NamedStatement): Promise<QueryResult<R>>;
  /** Pass an error to discard a broken connection (pg); PGlite ignores it. */
  release(err?: Error | boolean): void;
}

export interface SqlPool {
  connect(): Promise<SqlClient>;
  /** One statement on any free connection. Prefer an explicit client where a failure is expected. */
  query<R = Record<string, unknown>>(text: string, params?: unknown[]): Promise<QueryResult<R>>;
  end(): Promise<void>;
}

export type Engine = 'postgres' | 'pglite';

/**
 * LISTEN on a channel outside the pool (a dedicated connection on PostgreSQL); returns unlisten.
 * Best effort: a lost listener connection is re-opened, and callers keep a slow poll as well.
 */
export type Listener = (channel: string, onNotify: (payload: string) => void) => Promise<() => Promise<void>>;

export interface Database {
  readonly engine: Engine;
  readonly pool: SqlPool;
  /**
   * A `pg`-compatible module (Pool class and defaults) for TypeORM's `driver` option, so read
   * models use TypeORM on both engines through this same pool.
   */
  readonly pgDriver: unknown;
  /** Human-readable location: host/db for PostgreSQL, the data directory for PGlite. */
  readonly location: string;
  readonly listen: Listener;
  /**
   * NOTIFY on a channel, in a transaction of its own. A wake-up, not data: on PostgreSQL its
   * commit does not wait for the WAL flush (the events it announces were flushed by their own
   * commit), so announcing costs no disk write of its own.
   */
  notify(channel: string): Promise<void>;
  close(): Promise<void>;
}

export interface DatabaseConfig {
  /** Set: PostgreSQL through `pg`. Unset: embedded PGlite in dataDir. */
  readonly databaseUrl?: string;
  /** PGlite data directory; 'memory://' for an in-memory engine (tests). */
  readonly dataDir: string;
  readonly poolSize?: number;
}

/**
 * On an explicitly checked-out client, released normally even after a failed statement (pg's
 * pool.query destroys the connection on any error, which made contended appends reconnect); a
 * broken connection is discarded, and connection failures become StoreUnavailableError.
 */
export async function withClient<T>(pool: SqlPool, fn: (client: SqlClient) => Promise<T>): Promise<T> {
  let client: SqlClient;
  try {
    client = await pool.connect();
  } catch (err) {
    throw asStoreError(err);
  }
  try {
    const result = await fn(client);
    client.release();
    return result;
  } catch (err) {
    client.release(isConnectionFailure(err) ? (err as Error) : undefined);
    throw asStoreError(err);
  }
}

/** BEGIN, the work, COMMIT on the caller's client; ROLLBACK if anything fails. */
export async function inTransaction<T>(client: SqlClient, work: () => Promise<T>): Promise<T> {
  await client.query('BEGIN');
  try {
    const result = await work();
    await client.query('COMMIT');
    return result;
  } catch (err) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw err;
  }
}

/** Run `fn` inside one transaction on one client of the pool: withClient and inTransaction. */
export function withTransaction<T>(pool: SqlPool, fn: (client: SqlClient) => Promise<T>): Promise<T> {
  return withClient(pool, (client) => inTransaction(client, () => fn(client)));
}

/** Nest injection token for the Database. */
export const DATABASE = Symbol('DATABASE');
