import type { MigrationSet } from '@chitieu/database';
import type { Projection } from './projection';
import { LIVE_SCHEMA, type Sql } from './sql';
import { createTableSql } from './table';

export const CHECKPOINTS_DDL = `CREATE TABLE IF NOT EXISTS projection_checkpoints (
  name text PRIMARY KEY,
  position bigint NOT NULL,
  updated_at timestamptz NOT NULL DEFAULT now()
)`;

/** The live tables of every read model and the checkpoints, as the read side's migration set. */
export function readSideMigrations(projections: readonly Projection[]): MigrationSet {
  const ddl = [CHECKPOINTS_DDL, ...projections.flatMap((p) => p.tables.flatMap((t) => createTableSql(LIVE_SCHEMA, t)))];
  return { name: 'read-side', migrations: [{ version: 1, description: 'read models and projection checkpoints', sql: ddl.join(';\n') }] };
}

/**
 * The checkpoint, locked for the rest of the transaction: a second projector (another process,
 * or a rebuild's swap) waits here rather than apply the same events beside us.
 */
export async function lockCheckpoint(tx: Sql, name: string): Promise<bigint> {
  const rows = await tx.query<{ position: string }>('SELECT position FROM projection_checkpoints WHERE name = $1 FOR UPDATE', [name]);
  if (rows.length > 0) return BigInt(rows[0].position);
  // The projection's first batch ever: make its row (another process may race us here), then lock it.
  await tx.query('INSERT INTO projection_checkpoints (name, position) VALUES ($1, 0) ON CONFLICT (name) DO NOTHING', [name]);
  return lockCheckpoint(tx, name);
}

/**
 * The same lock for a live projector's batch, in the same round trip making the transaction
 * commit without waiting for its WAL flush (SET LOCAL synchronous_commit = off). Read models
 * are derived: rows and checkpoint commit or vanish together, so a database crash loses at most
 * the last batches of a read model, and the projector applies them again from the event store,
 * which stays fully durable. Without this every batch of every projection waited for a disk
 * flush of its own (docs/RELIABILITY.md, docs/PERFORMANCE.md).
 */
export async function lockCheckpointForBatch(tx: Sql, name: string): Promise<bigint> {
  const rows = await tx.query<{ position: string }>(
    "SELECT position, set_config('synchronous_commit', 'off', true) AS commit_mode FROM projection_checkpoints WHERE name = $1 FOR UPDATE",
    [name],
  );
  return rows.length > 0 ? BigInt(rows[0].position) : lockCheckpoint(tx, name);
}

export async function saveCheckpoint(tx: Sql, name: string, position: bigint): Promise<void> {
  await tx.query('UPDATE projection_checkpoints SET position = $2, updated_at = now() WHERE name = $1', [name, position.toString()]);
}

export async function readCheckpoints(sql: Sql): Promise<Map<string, bigint>> {
  const rows = await sql.query<{ name: string; position: string }>('SELECT name, position FROM projection_checkpoints');
  return new Map(rows.map((r) => [r.name, BigInt(r.position)]));
}
