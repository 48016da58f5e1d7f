import { ident, qualified, type Sql } from './sql';

/** A read-model table: its columns, key and indexes, created the same way live and in a rebuild. */
export interface TableSpec {
  readonly name: string;
  readonly columns: readonly (readonly [name: string, sqlType: string])[];
  readonly primaryKey: readonly string[];
  /** Each entry is an index on these columns, in order. */
  readonly indexes: readonly (readonly string[])[];
}

export type Row = Record<string, unknown>;

/** A row a projection wants written, and where. */
export interface TableRow {
  readonly table: string;
  readonly row: Row;
}

export function createTableSql(schema: string, spec: TableSpec): string[] {
  const cols = spec.columns.map(([n, t]) => `${ident(n)} ${t}`).join(', ');
  const pk = spec.primaryKey.map(ident).join(', ');
  const table = qualified(schema, spec.name);
  return [
    `CREATE TABLE IF NOT EXISTS ${table} (${cols}, PRIMARY KEY (${pk}))`,
    // Index names are unqualified and live in the table's schema, so a rebuilt table brings its own.
    ...spec.indexes.map((on, i) => `CREATE INDEX IF NOT EXISTS ${ident(`${spec.name}_ix${i}`)} ON ${table} (${on.map(ident).join(', ')})`),
  ];
}

/** PostgreSQL caps a statement at 65,535 parameters. */
const MAX_PARAMS = 60_000;

const toParam = (v: unknown): unknown => {
  if (typeof v === 'bigint') return v.toString();
  if (v instanceof Date) return v.toISOString();
  if (v !== null && typeof v === 'object') return JSON.stringify(v);
  return v ?? null;
};

/**
 * Writes rows in multi-row INSERT statements (a few round trips per batch, not one per row).
 * No ON CONFLICT: the checkpoint keeps an event from being applied twice, and if that rule ever
 * broke, a primary-key violation would say so rather than hide it.
 */
export async function insertRows(sql: Sql, schema: string, spec: TableSpec, rows: readonly Row[]): Promise<void> {
  if (rows.length === 0) return;
  const names = spec.columns.map(([n]) => n);
  const perStatement = Math.max(1, Math.floor(MAX_PARAMS / names.length));
  for (let from = 0; from < rows.length; from += perStatement) {
    const chunk = rows.slice(from, from + perStatement);
    const params: unknown[] = [];
    const tuples = chunk.map((row) => {
      const marks = names.map((n) => {
        params.push(toParam(row[n]));
        return `$${params.length}`;
      });
      return `(${marks.join(', ')})`;
    });
    await sql.query(`INSERT INTO ${qualified(schema, spec.name)} (${names.map(ident).join(', ')}) VALUES ${tuples.join(', ')}`, params);
  }
}
