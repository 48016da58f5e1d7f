import type { AppendResult, NewEvent, RecordedEvent } from '../event-store.port';
import { tipOf, type StreamTip } from './kurrent-mapping';

/**
 * What an append does, decided from what was read around the place it goes. Pure, so the
 * idempotency and conflict rules are tested without a server:
 * - 'write': append after `tip` (null: a new stream);
 * - 'done': these exact events are already there (a retry): answer with their result;
 * - 'ids-taken': some of the ids are already in the stream, but not as this append;
 * - 'stale': the stream is not at the expected version.
 */
export type AppendPlan =
  | { readonly kind: 'write'; readonly tip: StreamTip | null }
  | { readonly kind: 'done'; readonly result: AppendResult }
  | { readonly kind: 'ids-taken'; readonly eventIds: string[] }
  | { readonly kind: 'stale' };

const resultOf = (events: readonly RecordedEvent[]): AppendResult => ({
  nextVersion: events[events.length - 1].version,
  lastPosition: events[events.length - 1].position,
});

/**
 * An append at an expected version: `around` holds the stream's events from that version
 * (the predecessor) through as many after it as the batch has.
 */
export function planAtVersion(batch: readonly NewEvent[], expected: number, around: readonly RecordedEvent[]): AppendPlan {
  const tip = around.find((e) => e.version === expected);
  if (expected > 0 && !tip) return { kind: 'stale' };
  const after = around.filter((e) => e.version > expected);
  if (after.length === 0) return { kind: 'write', tip: tip ? tipOf(tip) : null };
  if (after.length === batch.length && after.every((e, i) => e.eventId === batch[i].eventId)) return { kind: 'done', result: resultOf(after) };
  const taken = takenIds(batch, after);
  return taken.length > 0 ? { kind: 'ids-taken', eventIds: taken } : { kind: 'stale' };
}

/**
 * An 'any' append: `recent` holds the stream's last events, oldest first (a window a little
 * larger than the batch). If the batch is found there whole and in order, it was applied by an
 * earlier try; if partly, its ids are taken; else it goes after the last event.
 */
export function planOnTail(batch: readonly NewEvent[], recent: readonly RecordedEvent[]): AppendPlan {
  const start = recent.findIndex((e) => e.eventId === batch[0].eventId);
  const run = start >= 0 ? recent.slice(start, start + batch.length) : [];
  if (run.length === batch.length && run.every((e, i) => e.eventId === batch[i].eventId)) return { kind: 'done', result: resultOf(run) };
  const taken = takenIds(batch, recent);
  if (taken.length > 0) return { kind: 'ids-taken', eventIds: taken };
  const last = recent[recent.length - 1];
  return { kind: 'write', tip: last ? tipOf(last) : null };
}

function takenIds(batch: readonly NewEvent[], stored: readonly RecordedEvent[]): string[] {
  const there = new Set(stored.map((e) => e.eventId));
  return batch.map((e) => e.eventId).filter((id) => there.has(id));
}
