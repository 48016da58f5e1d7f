import type { SqlPool } from '@chitieu/database';

/** An event as auditors read and export it: everything the hash covers, and the hashes. */
export interface AuditEventRow {
  readonly position: string;
  readonly streamId: string;
  readonly version: number;
  readonly eventId: string;
  readonly type: string;
  readonly data: unknown;
  readonly metadata: Record<string, unknown>;
  readonly recordedAt: string;
  readonly hash: string;
  readonly prevHash: string | null;
}

export const EVENT_COLUMNS = 'position, stream_id, version, event_id, type, data, metadata, recorded_at, hash, prev_hash';

const hex = (v: unknown): string | null => {
  if (v === null || v === undefined) return null;
  if (Buffer.isBuffer(v) || v instanceof Uint8Array) return Buffer.from(v).toString('hex');
  // Some drivers give bytea as its text form, \x and hex digits.
  const s = typeof v === 'string' ? v : JSON.stringify(v);
  return s.startsWith('\\x') ? s.slice(2) : s;
};
const json = (v: unknown): unknown => (typeof v === 'string' ? JSON.parse(v) : v);

export function toAuditRow(r: Record<string, unknown>): AuditEventRow {
  const at = r.recorded_at instanceof Date ? r.recorded_at : new Date(String(r.recorded_at));
  return {
    position: String(r.position),
    streamId: String(r.stream_id),
    version: Number(r.version),
    eventId: String(r.event_id),
    type: String(r.type),
    data: json(r.data),
    metadata: json(r.metadata) as Record<string, unknown>,
    recordedAt: at.toISOString(),
    hash: hex(r.hash)!,
    prevHash: hex(r.prev_hash),
  };
}

/** Builds a WHERE clause with numbered parameters, one condition at a time. */
export class Where {
  readonly params: unknown[] = [];
  private readonly parts: string[] = [];

  add(clause: (param: string) => string, value: unknown): this {
    this.params.push(value);
    this.parts.push(clause(`$${this.params.length}`));
    return this;
  }

  text(): string {
    return this.parts.length ? `WHERE ${this.parts.join(' AND ')}` : '';
  }
}

export async function queryEvents(pool: SqlPool, where: Where, limit: number): Promise<AuditEventRow[]> {
  where.params.push(limit);
  const { rows } = await pool.query(`SELECT ${EVENT_COLUMNS} FROM events ${where.text()} ORDER BY position LIMIT $${where.params.length}`, where.params);
  return rows.map(toAuditRow);
}
