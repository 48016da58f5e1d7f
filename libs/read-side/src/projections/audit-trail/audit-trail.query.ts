import { LIVE_SCHEMA, qualified, type Sql } from '../../projector/sql';
import { AUDIT_TRAIL } from './audit-trail.projection';

export interface AuditEntry {
  readonly position: string;
  readonly streamId: string;
  readonly version: number;
  readonly eventId: string;
  readonly type: string;
  readonly recordedAt: string;
  readonly occurredAt: string;
  readonly actor: string;
  readonly role: string;
  readonly unit: string | null;
  readonly reason: string | null;
  readonly document: unknown;
  readonly subject: string | null;
  readonly change: unknown;
  readonly correlationId: string | null;
}

export interface AuditFilter {
  readonly subject?: string;
  readonly unit?: string;
  readonly type?: string;
  /** Only what was recorded at or before this instant. */
  readonly knownAt?: Date;
  /** Keyset cursor: entries after this position. */
  readonly after?: bigint;
  readonly limit: number;
}

const toEntry = (r: Record<string, unknown>): AuditEntry => ({
  position: String(r.position),
  streamId: r.stream_id as string,
  version: Number(r.version),
  eventId: r.event_id as string,
  type: r.event_type as string,
  recordedAt: (r.recorded_at instanceof Date ? r.recorded_at : new Date(r.recorded_at as string)).toISOString(),
  occurredAt: r.occurred_at as string,
  actor: r.actor as string,
  role: r.role as string,
  unit: (r.unit as string | null) ?? null,
  reason: (r.reason as string | null) ?? null,
  document: r.document ?? null,
  subject: (r.subject as string | null) ?? null,
  change: r.change ?? null,
  correlationId: (r.correlation_id as string | null) ?? null,
});

/** The audit trail in recorded order, paged by position (stable under concurrent appends). */
export class AuditTrailQuery {
  constructor(private readonly sql: Sql) {}

  async list(f: AuditFilter): Promise<AuditEntry[]> {
    const where: string[] = [];
    const params: unknown[] = [];
    const add = (clause: string, value: unknown) => {
      params.push(value);
      where.push(clause.replace('?', `$${params.length}`));
    };
    if (f.subject) add('subject = ?', f.subject);
    if (f.unit) add('unit = ?', f.unit);
    if (f.type) add('event_type = ?', f.type);
    if (f.knownAt) add('recorded_at <= ?', f.knownAt.toISOString());
    if (f.after !== undefined) add('position > ?', f.after.toString());
    params.push(f.limit);
    const text = `SELECT * FROM ${qualified(LIVE_SCHEMA, AUDIT_TRAIL)}${where.length ? ` WHERE ${where.join(' AND ')}` : ''} ORDER BY position LIMIT $${params.length}`;
    return (await this.sql.query(text, params)).map(toEntry);
  }
}
