import { runMigrations, type Database, type MigrationSet, type SqlPool } from '@chitieu/database';

/** Where a relay remembers the last store position the broker acknowledged. */
export interface RelayCheckpoints {
  load(name: string): Promise<bigint>;
  save(name: string, position: bigint): Promise<void>;
}

export const MESSAGING_MIGRATIONS: MigrationSet = {
  name: 'messaging',
  migrations: [
    {
      version: 1,
      description: 'relay checkpoints',
      sql: 'CREATE TABLE IF NOT EXISTS relay_checkpoints (name text PRIMARY KEY, position bigint NOT NULL)',
    },
  ],
};

export const migrateMessaging = (db: Pick<Database, 'pool'>): Promise<string[]> => runMigrations(db, MESSAGING_MIGRATIONS);

/**
 * Checkpoints in the same database as the events (table relay_checkpoints). Positions travel as
 * text because they are 64-bit; a save never moves a checkpoint backwards, so a relay restarted
 * from an older copy of itself cannot undo a newer one's progress.
 */
export class SqlRelayCheckpoints implements RelayCheckpoints {
  constructor(private readonly pool: SqlPool) {}

  async load(name: string): Promise<bigint> {
    const { rows } = await this.pool.query<{ position: string }>('SELECT position::text AS position FROM relay_checkpoints WHERE name = $1', [name]);
    return rows[0] ? BigInt(rows[0].position) : 0n;
  }

  async save(name: string, position: bigint): Promise<void> {
    await this.pool.query(
      `INSERT INTO relay_checkpoints (name, position) VALUES ($1, $2::bigint)
       ON CONFLICT (name) DO UPDATE SET position = EXCLUDED.position WHERE relay_checkpoints.position < EXCLUDED.position`,
      [name, position.toString()],
    );
  }
}
