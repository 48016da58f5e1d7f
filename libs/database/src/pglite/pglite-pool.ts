import { EventEmitter } from 'node:events';
import type { PGlite, Results } from '@electric-sql/pglite';
import type { NamedStatement, QueryResult, SqlClient, SqlPool } from '../sql-pool';
import { prepareParams } from './pg-type-parity';

type Callback = (err: Error | null, result?: unknown) => void;

/**
 * PGlite is one connection. This pool hands it out to one client at a time, first come first
 * served, so two transactions never interleave on it. A client released inside a transaction
 * (an error path that forgot ROLLBACK) is rolled back before the next holder gets the engine.
 */
export class PglitePool extends EventEmitter implements SqlPool {
  private busy = false;
  private closed = false;
  private readonly waiting: Array<(client: PgliteClient) => void> = [];

  constructor(readonly engine: PGlite) {
    super();
  }

  connect(): Promise<SqlClient & PgliteClient>;
  connect(callback: (err: Error | undefined, client?: PgliteClient, release?: (err?: unknown) => void) => void): void;
  connect(callback?: (err: Error | undefined, client?: PgliteClient, release?: (err?: unknown) => void) => void) {
    const leased = this.lease();
    if (!callback) return leased;
    leased.then(
      (client) => callback(undefined, client, (err?: unknown) => client.release(err as Error | undefined)),
      (err: Error) => callback(err),
    );
  }

  async query<R = Record<string, unknown>>(text: string, params?: unknown[]): Promise<QueryResult<R>> {
    const client = await this.lease();
    try {
      return await client.query<R>(text, params);
    } finally {
      client.release();
    }
  }

  /** The engine belongs to the Database; ending a pool only refuses new clients. */
  async end(): Promise<void> {
    this.closed = true;
  }

  private lease(): Promise<PgliteClient> {
    if (this.closed) return Promise.reject(new Error('Cannot use a pool after calling end on the pool'));
    if (!this.busy) {
      this.busy = true;
      return Promise.resolve(new PgliteClient(this.engine, () => this.handOn()));
    }
    return new Promise((resolve) => this.waiting.push(resolve));
  }

  private async handOn(): Promise<void> {
    if (this.engine.isInTransaction() && !this.engine.closed) await this.engine.exec('ROLLBACK').catch(() => undefined);
    const next = this.waiting.shift();
    if (next) next(new PgliteClient(this.engine, () => this.handOn()));
    else this.busy = false;
  }
}

/** One lease of the engine, shaped like a `pg` client (promise and callback queries, events). */
export class PgliteClient extends EventEmitter implements SqlClient {
  private released = false;

  constructor(private readonly engine: PGlite, private readonly onRelease: () => Promise<void>) {
    super();
  }

  query<R = Record<string, unknown>>(text: string, params?: unknown[]): Promise<QueryResult<R>>;
  query<R = Record<string, unknown>>(statement: NamedStatement): Promise<QueryResult<R>>;
  query(text: string, callback: Callback): void;
  query(text: string, params: unknown[], callback: Callback): void;
  query(textOrStatement: string | NamedStatement, paramsOrCallback?: unknown[] | Callback, callback?: Callback): Promise<unknown> | void {
    if (typeof textOrStatement !== 'string') return this.run(textOrStatement.text, textOrStatement.values);
    const text = textOrStatement;
    const params = typeof paramsOrCallback === 'function' ? undefined : paramsOrCallback;
    const cb = typeof paramsOrCallback === 'function' ? paramsOrCallback : callback;
    const result = this.run(text, params);
    if (!cb) return result;
    result.then((r) => cb(null, r), (err: Error) => cb(err));
  }

  release(_err?: Error | boolean): void {
    if (this.released) return;
    this.released = true;
    void this.onRelease();
  }

  private async run(text: string, params?: unknown[]): Promise<unknown> {
    if (this.released) throw new Error('Client was closed and is not queryable: it was released');
    // Like pg: no parameters means the simple protocol, where several statements are allowed.
    if (!params || params.length === 0) {
      const results = await this.engine.exec(text);
      const mapped = results.map(toPgResult);
      return mapped.length === 1 ? mapped[0] : mapped.length === 0 ? toPgResult(undefined) : mapped;
    }
    return toPgResult(await this.engine.query(text, prepareParams(params)));
  }
}

const COUNTED = /^(INSERT|UPDATE|DELETE|MERGE|COPY|MOVE|FETCH)/;

function toPgResult(r: Results | undefined): QueryResult & { command: string | null; fields: unknown[] } {
  if (!r) return { rows: [], rowCount: null, command: null, fields: [] };
  const command = (r as { command?: string }).command ?? null;
  const affected = r.affectedRows ?? 0;
  const rowCount = command && COUNTED.test(command) ? affected : r.rows.length;
  return { rows: r.rows, rowCount, command, fields: r.fields };
}
