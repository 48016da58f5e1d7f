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

/** Rows per statement: one JSON parameter each, so the bound is memory, not the 65,535-parameter cap. */
const ROWS_PER_STATEMENT = 5_000;

const toJson = (row: Row): Row => {
  const out: Row = {};
  for (const [k, v] of Object.entries(row)) out[k] = typeof v === 'bigint' ? v.toString() : v instanceof Date ? v.toISOString() : v;
  return out;
};

/** The column list without constraints: `jsonb_to_recordset` wants names and bare types. */
const recordType = (spec: TableSpec) => spec.columns.map(([n, t]) => `${ident(n)} ${t.split(' ')[0]}`).join(', ');

/**
 * Writes rows as one JSON array per statement, expanded by `jsonb_to_recordset`: a batch of
 * thousands of rows is one round trip and one parse, several times faster than a multi-row
 * VALUES list with a parameter per cell. No ON CONFLICT: the checkpoint keeps an event from
 * being applied twice, and if that rule ever broke, a primary-key violation would say so.
 */
export async function insertRows(sql: Sql, schema: string, spec: TableSpec, rows: readonly Row[]): Promise<void> {
  if (rows.length === 0) return;
  const names = spec.columns.map(([n]) => ident(n)).join(', ');
  const text = `INSERT INTO ${qualified(schema, spec.name)} (${names}) SELECT ${names} FROM jsonb_to_recordset($1::jsonb) AS r(${recordType(spec)})`;
  for (let from = 0; from < rows.length; from += ROWS_PER_STATEMENT) {
    await sql.query(text, [JSON.stringify(rows.slice(from, from + ROWS_PER_STATEMENT).map(toJson))]);
  }
}
