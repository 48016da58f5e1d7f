import type { RecordedEvent } from '@chitieu/event-store';
import { matches, type HistoryFilter, type HistoryRow, type HistorySource } from '../projector/history';
import type { Projection } from '../projector/projection';

/**
 * History rows held in memory, written by the real projections' pure row functions and read
 * through the same filter the SQL source applies: given/when/then specs of read models run the
 * real folds and views without a database.
 */
export class InMemoryHistory implements HistorySource {
  private readonly tables = new Map<string, HistoryRow[]>();

  constructor(private readonly projections: readonly Projection[]) {}

  given(events: readonly RecordedEvent[]): this {
    for (const event of events) {
      for (const p of this.projections) {
        for (const { table, row } of p.rowsFor(event)) {
          const rows = this.tables.get(table) ?? [];
          rows.push({
            position: row.position as bigint,
            seq: row.seq as number,
            recordedAt: row.recorded_at as Date,
            effectiveDate: row.effective_date as string,
            subject: row.subject as string,
            scope: (row.scope as string | null) ?? null,
            kind: row.kind as string,
            key: row.key as string,
            payload: JSON.parse(JSON.stringify(row.payload)) as Record<string, unknown>,
          });
          this.tables.set(table, rows);
        }
      }
    }
    return this;
  }

  async read(table: string, filter: HistoryFilter): Promise<HistoryRow[]> {
    return (this.tables.get(table) ?? []).filter((r) => matches(r, filter)).sort((a, b) => Number(a.position - b.position) || a.seq - b.seq);
  }
}
