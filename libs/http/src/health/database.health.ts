import type { Database } from '@chitieu/database';
import type { EventStore } from '@chitieu/event-store';
import type { HealthContributor, HealthReport } from './health';

/** The engine answers, the migrations that ran, and the head of the log. */
export class DatabaseHealth implements HealthContributor {
  readonly name = 'database';
  constructor(private readonly db: Database, private readonly store: EventStore) {}

  async check(): Promise<HealthReport> {
    const { rows } = await this.db.pool.query<{ id: string }>('SELECT id FROM schema_migrations ORDER BY id');
    const head = await this.store.headPosition();
    return {
      status: 'ok',
      engine: this.db.engine,
      eventStore: this.store.engine,
      location: this.db.location,
      migrations: { applied: rows.length, latest: rows.at(-1)?.id ?? null },
      headPosition: head.toString(),
    };
  }
}
