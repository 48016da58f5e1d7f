/**
 * The one SQL surface projections and queries use: a TypeORM EntityManager (or DataSource)
 * satisfies it as it is, on PostgreSQL and on PGlite alike through the Database's pgDriver.
 */
export interface Sql {
  query<R = Record<string, unknown>>(text: string, params?: unknown[]): Promise<R[]>;
}

/** Runs work in one transaction: the read-model rows and the checkpoint commit together. */
export interface ReadStore extends Sql {
  transaction<T>(work: (tx: Sql) => Promise<T>): Promise<T>;
  close(): Promise<void>;
}

/** Schema the live read models are served from; a rebuild writes into REBUILD_SCHEMA. */
export const LIVE_SCHEMA = 'public';
export const REBUILD_SCHEMA = 'read_rebuild';

/** Identifiers are ours (table specs), never user input; quoting guards against typos only. */
export const ident = (name: string): string => {
  if (!/^[a-z_][a-z0-9_]*$/.test(name)) throw new Error(`not a safe SQL identifier: ${name}`);
  return `"${name}"`;
};
export const qualified = (schema: string, table: string): string => `${ident(schema)}.${ident(table)}`;
