import { z } from 'zod';
import type { SqlPool } from '@chitieu/database';
import { DomainError } from '@chitieu/kernel';
import { parseInput } from '../input';
import { queryEvents, Where, type AuditEventRow } from './event-rows';

const subject = z.string().trim().min(1).max(200).transform((s) => s.normalize('NFC'));
export const historySchema = z
  .object({ indicator: subject, unit: subject, document: subject, after: z.string().regex(/^\d{1,20}$/), limit: z.coerce.number().int().min(1).max(10000).default(1000) })
  .partial()
  .strict();

/** One event touching the subject: who, both times, why, and what it says changed. */
export interface HistoryEntry {
  readonly position: string;
  readonly streamId: string;
  readonly version: number;
  readonly eventId: string;
  readonly type: string;
  readonly actor: string;
  readonly role: string;
  readonly unit: string | null;
  readonly occurredAt: string;
  readonly recordedAt: string;
  readonly reason: string | null;
  readonly sourceDocument: unknown;
  readonly changes: unknown;
}

// Any string anywhere in the event's data equal to the subject: ids, unit codes and document
// numbers appear under many keys (lead, coordinating, reportingUnit, number...).
const mentions = (p: string) => `jsonb_path_exists(data, '$.** ? (@ == $s)', jsonb_build_object('s', ${p}::text))`;

export function historyEntry(r: AuditEventRow): HistoryEntry {
  const m = r.metadata;
  return {
    position: r.position,
    streamId: r.streamId,
    version: r.version,
    eventId: r.eventId,
    type: r.type,
    actor: String(m.actor),
    role: String(m.role),
    unit: (m.unit as string | null) ?? null,
    occurredAt: String(m.occurredAt),
    recordedAt: r.recordedAt,
    reason: (m.reason as string | null) ?? null,
    sourceDocument: m.sourceDocument ?? null,
    changes: r.data,
  };
}

/** Every event touching one indicator, unit or document, in the order they were recorded. */
export async function history(pool: SqlPool, input: unknown): Promise<HistoryEntry[]> {
  const q = parseInput(historySchema, input);
  const given = (['indicator', 'unit', 'document'] as const).filter((k) => q[k] !== undefined);
  if (given.length !== 1) {
    throw new DomainError('AUDIT.HISTORY_SUBJECT', 'Give exactly one of indicator, unit or document', 'validation', given[1] ?? 'indicator');
  }
  const w = new Where();
  if (q.after) w.add((p) => `position > ${p}::bigint`, q.after);
  if (q.indicator) w.add((p) => `(stream_id = 'indicator-' || ${p} OR ${mentions(p)})`, q.indicator);
  if (q.unit) w.add((p) => `(stream_id = 'unit-' || ${p} OR metadata->>'unit' = ${p} OR ${mentions(p)})`, q.unit);
  if (q.document) w.add((p) => `(metadata->'sourceDocument'->>'number' = ${p} OR ${mentions(p)})`, q.document);
  return (await queryEvents(pool, w, q.limit ?? 1000)).map(historyEntry);
}
