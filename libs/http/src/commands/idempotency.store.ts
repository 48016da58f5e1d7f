import { createHash } from 'node:crypto';
import type { MigrationSet, SqlPool } from '@chitieu/database';
import { canonicalJson } from '@chitieu/event-store';
import { DomainError } from '@chitieu/kernel';

export const IDEMPOTENCY_MIGRATIONS: MigrationSet = {
  name: 'idempotency',
  migrations: [{
    version: 1,
    description: 'first responses to Idempotency-Keys',
    sql: `CREATE TABLE IF NOT EXISTS idempotency_keys (
      scope text NOT NULL,
      key text NOT NULL,
      request_hash text NOT NULL,
      status int NOT NULL,
      body jsonb NOT NULL,
      headers jsonb NOT NULL,
      created_at timestamptz NOT NULL DEFAULT now(),
      PRIMARY KEY (scope, key)
    )`,
  }],
};

export interface StoredResponse {
  status: number;
  body: unknown;
  headers: Record<string, string>;
}

/**
 * Remembers the first response to an Idempotency-Key. Event ids are derived from the key too, so
 * even a crash between the append and this record cannot append twice (see CommandContext.idSeed).
 */
export class IdempotencyStore {
  constructor(private readonly pool: SqlPool) {}

  static requestHash(method: string, path: string, body: unknown): string {
    return createHash('sha256').update(`${method} ${path}\n${canonicalJson(body ?? null)}`).digest('hex');
  }

  async find(scope: string, key: string, requestHash: string): Promise<StoredResponse | null> {
    const { rows } = await this.pool.query<{ request_hash: string; status: number; body: unknown; headers: Record<string, string> }>(
      'SELECT request_hash, status, body, headers FROM idempotency_keys WHERE scope = $1 AND key = $2',
      [scope, key],
    );
    if (rows.length === 0) return null;
    if (rows[0].request_hash !== requestHash) {
      throw new DomainError('IDEMPOTENCY.KEY_REUSED', 'This Idempotency-Key was used with another request body or path', 'unprocessable', 'Idempotency-Key');
    }
    return { status: rows[0].status, body: rows[0].body, headers: rows[0].headers };
  }

  async save(scope: string, key: string, requestHash: string, response: StoredResponse): Promise<void> {
    await this.pool.query(
      `INSERT INTO idempotency_keys (scope, key, request_hash, status, body, headers) VALUES ($1, $2, $3, $4, $5, $6)
       ON CONFLICT (scope, key) DO NOTHING`,
      [scope, key, requestHash, response.status, JSON.stringify(response.body), JSON.stringify(response.headers)],
    );
  }
}
export const IDEMPOTENCY_STORE = Symbol('IDEMPOTENCY_STORE');
