import { createHash } from 'node:crypto';
import type { Database, SqlClient } from './sql-pool';
import { guarded } from './errors';

/**
 * Numbered SQL migrations, recorded in `schema_migrations`. Each library registers its own set
 * under its own name (the event store, each read model). Safe to run twice and from two
 * processes at once: a session advisory lock serialises runners, and each migration commits
 * together with its record.
 */
export interface Migration {
  readonly version: number;
  readonly description: string;
  readonly sql: string;
}

export interface MigrationSet {
  readonly name: string;
  readonly migrations: readonly Migration[];
}

// Any fixed 64-bit key; the same in every process of the product.
const MIGRATION_LOCK_KEY = '7232014031825403904';

const TABLE = `CREATE TABLE IF NOT EXISTS schema_migrations (
  id text PRIMARY KEY,
  set_name text NOT NULL,
  version int NOT NULL,
  description text NOT NULL,
  checksum text NOT NULL,
  applied_at timestamptz NOT NULL DEFAULT now()
)`;

export const migrationId = (set: string, m: Migration): string => `${set}/${String(m.version).padStart(4, '0')}`;
const checksum = (sql: string) => createHash('sha256').update(sql).digest('hex');

/** Applies what is missing, in version order; returns the ids it applied. */
export async function runMigrations(db: Pick<Database, 'pool'>, set: MigrationSet): Promise<string[]> {
  assertWellFormed(set);
  return guarded(async () => {
    const client = await db.pool.connect();
    try {
      await client.query('SELECT pg_advisory_lock($1::bigint)', [MIGRATION_LOCK_KEY]);
      try {
        await client.query(TABLE);
        return await applyMissing(client, set);
      } finally {
        await client.query('SELECT pg_advisory_unlock($1::bigint)', [MIGRATION_LOCK_KEY]);
      }
    } finally {
      client.release();
    }
  });
}

async function applyMissing(client: SqlClient, set: MigrationSet): Promise<string[]> {
  const { rows } = await client.query<{ id: string; checksum: string }>(
    'SELECT id, checksum FROM schema_migrations WHERE set_name = $1',
    [set.name],
  );
  const applied = new Map(rows.map((r) => [r.id, r.checksum]));
  const done: string[] = [];
  for (const m of [...set.migrations].sort((a, b) => a.version - b.version)) {
    const id = migrationId(set.name, m);
    const known = applied.get(id);
    if (known !== undefined) {
      if (known !== checksum(m.sql)) throw new Error(`Migration ${id} was changed after it was applied; add a new one instead`);
      continue;
    }
    await applyOne(client, set.name, id, m);
    done.push(id);
  }
  return done;
}

async function applyOne(client: SqlClient, setName: string, id: string, m: Migration): Promise<void> {
  await client.query('BEGIN');
  try {
    await client.query(m.sql);
    await client.query(
      'INSERT INTO schema_migrations (id, set_name, version, description, checksum) VALUES ($1, $2, $3, $4, $5)',
      [id, setName, m.version, m.description, checksum(m.sql)],
    );
    await client.query('COMMIT');
  } catch (err) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw err;
  }
}

function assertWellFormed(set: MigrationSet): void {
  if (!/^[a-z][a-z0-9-]*$/.test(set.name)) throw new Error(`Migration set name "${set.name}" must be kebab-case`);
  const versions = set.migrations.map((m) => m.version);
  if (versions.some((v) => !Number.isInteger(v) || v < 1)) throw new Error(`Migration versions of ${set.name} must be positive integers`);
  if (new Set(versions).size !== versions.length) throw new Error(`Migration versions of ${set.name} repeat`);
}
