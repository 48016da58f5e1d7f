import { z } from 'zod';
import type { SqlPool } from '@chitieu/database';
import { canonicalJson } from '@chitieu/event-store';
import { parseInput } from '../input';
import { queryEvents, Where, type AuditEventRow } from './event-rows';

/** A bound is a global position (digits) or a recorded time (ISO date or instant); both inclusive. */
const bound = z.string().regex(/^(\d{1,20}|\d{4}-\d{2}-\d{2}(T[0-9:.]+(Z|[+-]\d{2}:\d{2}))?)$/, 'expected a position or an ISO date/time');
export const exportSchema = z
  .object({ from: bound, to: bound, format: z.enum(['jsonl', 'csv']).default('jsonl') })
  .partial()
  .strict();

export type ExportFormat = 'jsonl' | 'csv';

const isPosition = (v: string) => /^\d+$/.test(v);

function rangeWhere(from?: string, to?: string): Where {
  const w = new Where();
  if (from) w.add((p) => (isPosition(from) ? `position >= ${p}::bigint` : `recorded_at >= ${p}::timestamptz`), from);
  if (to) w.add((p) => (isPosition(to) ? `position <= ${p}::bigint` : `recorded_at <= ${p}::timestamptz`), to.length === 10 ? `${to}T23:59:59.999Z` : to);
  return w;
}

/** Every event in the range, in position order, read in keyset pages. */
export async function* exportRange(pool: SqlPool, input: unknown, pageSize = 2000): AsyncGenerator<AuditEventRow> {
  const q = parseInput(exportSchema, input);
  let after: string | null = null;
  for (;;) {
    const w = rangeWhere(q.from, q.to);
    if (after) w.add((p) => `position > ${p}::bigint`, after);
    const rows = await queryEvents(pool, w, pageSize);
    yield* rows;
    if (rows.length < pageSize) return;
    after = rows[rows.length - 1].position;
  }
}

/**
 * JSON Lines: one object per event, data and metadata as read back, which re-hash as they were
 * hashed (canonical JSON is stable through a parse). docs/AUDIT.md describes the fields.
 */
export const toJsonl = (r: AuditEventRow): string => `${canonicalJson({ ...r })}\n`;

export const CSV_HEADER = 'position,stream_id,version,event_id,type,data,metadata,recorded_at,hash,prev_hash\n';
const csvCell = (v: string) => (/[",\n\r]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v);

/** RFC 4180 CSV; data and metadata are canonical JSON text in their cells. */
export const toCsv = (r: AuditEventRow): string =>
  `${[r.position, r.streamId, String(r.version), r.eventId, r.type, canonicalJson(r.data), canonicalJson(r.metadata), r.recordedAt, r.hash, r.prevHash ?? ''].map(csvCell).join(',')}\n`;
