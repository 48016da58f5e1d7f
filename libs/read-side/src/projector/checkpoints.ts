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
  await tx.query('INSERT INTO projection_checkpoints (name, position) VALUES ($1, 0) ON CONFLICT (name) DO NOTHING', [name]);
  const rows = await tx.query<{ position: string }>('SELECT position FROM projection_checkpoints WHERE name = $1 FOR UPDATE', [name]);
  return BigInt(rows[0].position);
}

export async function saveCheckpoint(tx: Sql, name: string, position: bigint): Promise<void> {
  await tx.query('UPDATE projection_checkpoints SET position = $2, updated_at = now() WHERE name = $1', [name, position.toString()]);
}

export async function readCheckpoints(sql: Sql): Promise<Map<string, bigint>> {
  const rows = await sql.query<{ name: string; position: string }>('SELECT name, position FROM projection_checkpoints');
  return new Map(rows.map((r) => [r.name, BigInt(r.position)]));
}
