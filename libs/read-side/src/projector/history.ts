import type { RecordedEvent } from '@chitieu/event-store';
import { ident, LIVE_SCHEMA, qualified, type Sql } from './sql';
import type { TableRow, TableSpec } from './table';

/**
 * One bitemporal fact: what an event said about a subject, effective in the world from
 * `effectiveDate` (business time) and known from `recordedAt` (system time, with `position`).
 */
export interface HistoryRow {
  readonly position: bigint;
  readonly seq: number;
  readonly recordedAt: Date;
  readonly effectiveDate: string;
  readonly subject: string;
  /** The owning aggregate where the event names it (program, directive), else null. */
  readonly scope: string | null;
  readonly kind: string;
  readonly key: string;
  readonly payload: Record<string, unknown>;
}

/** The shared shape of history tables, indexed by subject and scope along both times. */
export function historyTable(name: string): TableSpec {
  return {
    name,
    columns: [
      ['position', 'bigint NOT NULL'],
      ['seq', 'integer NOT NULL'],
      ['recorded_at', 'timestamptz NOT NULL'],
      ['effective_date', 'text NOT NULL'],
      ['subject', 'text NOT NULL'],
      ['scope', 'text'],
      ['kind', 'text NOT NULL'],
      ['key', "text NOT NULL DEFAULT ''"],
      ['payload', 'jsonb NOT NULL'],
    ],
    primaryKey: ['position', 'seq'],
    indexes: [
      ['subject', 'effective_date', 'recorded_at'],
      ['scope', 'effective_date', 'recorded_at'],
      ['kind', 'effective_date', 'recorded_at'],
      ['recorded_at'],
    ],
  };
}

export type Fact = Pick<HistoryRow, 'effectiveDate' | 'subject' | 'kind' | 'payload'> & Partial<Pick<HistoryRow, 'scope' | 'key'>>;

/** Turns an event's facts into rows of one history table, numbered within the event. */
export function historyRows(table: string, event: RecordedEvent, facts: readonly Fact[]): TableRow[] {
  return facts.map((f, seq) => ({
    table,
    row: {
      position: event.position,
      seq,
      recorded_at: event.recordedAt,
      effective_date: f.effectiveDate,
      subject: f.subject,
      scope: f.scope ?? null,
      kind: f.kind,
      key: f.key ?? '',
      payload: f.payload,
    },
  }));
}

/** Business time up to asOf (inclusive), system time up to knownAt (inclusive). */
export interface HistoryFilter {
  readonly subjects?: readonly string[];
  readonly scopes?: readonly string[];
  readonly kinds?: readonly string[];
  readonly asOf?: string;
  readonly knownAt?: Date;
}

export interface HistorySource {
  read(table: string, filter: HistoryFilter): Promise<HistoryRow[]>;
}

const toRow = (r: Record<string, unknown>): HistoryRow => ({
  position: BigInt(r.position as string),
  seq: Number(r.seq),
  recordedAt: r.recorded_at instanceof Date ? r.recorded_at : new Date(r.recorded_at as string),
  effectiveDate: r.effective_date as string,
  subject: r.subject as string,
  scope: (r.scope as string | null) ?? null,
  kind: r.kind as string,
  key: r.key as string,
  payload: (typeof r.payload === 'string' ? JSON.parse(r.payload) : r.payload) as Record<string, unknown>,
});

/** Reads history through the indexes: each filter is one indexed range on one of both times. */
export class SqlHistorySource implements HistorySource {
  constructor(private readonly sql: Sql, private readonly schema = LIVE_SCHEMA) {}

  async read(table: string, filter: HistoryFilter): Promise<HistoryRow[]> {
    const where: string[] = [];
    const params: unknown[] = [];
    const add = (clause: (p: string) => string, value: unknown) => {
      params.push(value);
      where.push(clause(`$${params.length}`));
    };
    if (filter.subjects) add((p) => `subject = ANY(${p}::text[])`, filter.subjects);
    if (filter.scopes) add((p) => `scope = ANY(${p}::text[])`, filter.scopes);
    if (filter.kinds) add((p) => `kind = ANY(${p}::text[])`, filter.kinds);
    if (filter.asOf) add((p) => `effective_date <= ${p}`, filter.asOf);
    if (filter.knownAt) add((p) => `recorded_at <= ${p}`, filter.knownAt.toISOString());
    const text = `SELECT * FROM ${qualified(this.schema, table)}${where.length ? ` WHERE ${where.join(' AND ')}` : ''} ORDER BY ${ident('position')}, seq`;
    return (await this.sql.query(text, params)).map(toRow);
  }
}

/** The same filter over rows in memory: given/when/then specs run the real folds without a database. */
export function matches(row: HistoryRow, filter: HistoryFilter): boolean {
  if (filter.subjects && !filter.subjects.includes(row.subject)) return false;
  if (filter.scopes && !filter.scopes.includes(row.scope ?? '')) return false;
  if (filter.kinds && !filter.kinds.includes(row.kind)) return false;
  if (filter.asOf && row.effectiveDate > filter.asOf) return false;
  if (filter.knownAt && row.recordedAt.getTime() > filter.knownAt.getTime()) return false;
  return true;
}
