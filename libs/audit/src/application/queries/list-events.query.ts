import { z } from 'zod';
import type { SqlPool } from '@chitieu/database';
import { parseInput } from '../input';
import { queryEvents, Where, type AuditEventRow } from './event-rows';

const date = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'expected YYYY-MM-DD');
const instant = z.string().datetime({ offset: true }).or(date);

/** Filters of GET /api/v1/audit/events; both time ranges are inclusive. */
export const eventFilterSchema = z
  .object({
    stream: z.string().min(1).max(200),
    type: z.string().min(1).max(100),
    actor: z.string().min(1).max(200),
    unit: z.string().min(1).max(50),
    recordedFrom: instant,
    recordedTo: instant,
    occurredFrom: date,
    occurredTo: date,
    after: z.string().regex(/^\d{1,20}$/, 'expected the nextCursor of a previous page'),
    limit: z.coerce.number().int().min(1).max(1000).default(100),
  })
  .partial()
  .strict();

export type EventFilter = z.infer<typeof eventFilterSchema>;

export interface EventPage {
  readonly events: readonly AuditEventRow[];
  /** Pass as `after` for the next page; null on the last page. */
  readonly nextCursor: string | null;
}

// A date alone as an upper bound means the whole day.
const endOf = (v: string) => (v.length === 10 ? `${v}T23:59:59.999Z` : v);

export async function listEvents(pool: SqlPool, input: unknown): Promise<EventPage> {
  const f = parseInput(eventFilterSchema, input);
  const w = new Where();
  if (f.after) w.add((p) => `position > ${p}::bigint`, f.after);
  if (f.stream) w.add((p) => `stream_id = ${p}`, f.stream);
  if (f.type) w.add((p) => `type = ${p}`, f.type);
  if (f.actor) w.add((p) => `metadata->>'actor' = ${p}`, f.actor);
  if (f.unit) w.add((p) => `metadata->>'unit' = ${p}`, f.unit);
  if (f.recordedFrom) w.add((p) => `recorded_at >= ${p}::timestamptz`, f.recordedFrom);
  if (f.recordedTo) w.add((p) => `recorded_at <= ${p}::timestamptz`, endOf(f.recordedTo));
  if (f.occurredFrom) w.add((p) => `metadata->>'occurredAt' >= ${p}`, f.occurredFrom);
  if (f.occurredTo) w.add((p) => `metadata->>'occurredAt' <= ${p}`, f.occurredTo);
  const limit = f.limit ?? 100;
  const rows = await queryEvents(pool, w, limit + 1);
  const events = rows.slice(0, limit);
  return { events, nextCursor: rows.length > limit ? events[events.length - 1].position : null };
}
