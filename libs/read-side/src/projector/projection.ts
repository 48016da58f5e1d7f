import type { RecordedEvent } from '@chitieu/event-store';
import { insertRows, type Row, type TableRow, type TableSpec } from './table';
import type { Sql } from './sql';

/**
 * A read model: its tables, and a pure function from one event to the rows it adds. Every read
 * model here is append-only history (see docs/READ-SIDE.md), so applying a batch is inserting
 * the rows of its events: no read-modify-write, and a batch of any size is a few statements.
 */
export interface Projection {
  readonly name: string;
  readonly tables: readonly TableSpec[];
  /** Event types it reads (documentation and the rebuild's filter); others give no rows. */
  readonly handles: readonly string[];
  rowsFor(event: RecordedEvent): readonly TableRow[];
}

/** The rows a batch of events adds, grouped by table, in event order. */
export function rowsOf(projection: Projection, events: readonly RecordedEvent[]): Map<string, Row[]> {
  const byTable = new Map<string, Row[]>(projection.tables.map((t) => [t.name, []]));
  for (const event of events) {
    for (const { table, row } of projection.rowsFor(event)) {
      const rows = byTable.get(table);
      if (!rows) throw new Error(`projection ${projection.name} wrote to unknown table ${table}`);
      rows.push(row);
    }
  }
  return byTable;
}

/** Applies a batch in memory, then writes each table's rows in multi-row statements. */
export async function applyBatch(sql: Sql, schema: string, projection: Projection, events: readonly RecordedEvent[]): Promise<number> {
  const byTable = rowsOf(projection, events);
  let written = 0;
  for (const spec of projection.tables) {
    const rows = byTable.get(spec.name) ?? [];
    await insertRows(sql, schema, spec, rows);
    written += rows.length;
  }
  return written;
}
