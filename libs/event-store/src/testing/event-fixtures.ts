import { randomUUID } from 'node:crypto';
import type { EventMetadata } from '@chitieu/kernel';
import type { NewEvent, RecordedEvent } from '../event-store.port';

/** Helpers for store tests: unique streams, plausible events, and waiting for a condition. */
export const uniqueStream = (prefix = 'test'): string => `${prefix}-${randomUUID()}`;

export const meta = (overrides: Partial<EventMetadata> = {}): EventMetadata => ({
  actor: 'secretariat@ldtbxh.hanoi.gov.vn',
  role: 'secretariat',
  unit: 'SLDTBXH',
  correlationId: randomUUID(),
  causationId: null,
  reason: null,
  sourceDocument: { issuer: 'BCĐ 08', number: '07/TB-BCĐ', date: '2023-06-06' },
  occurredAt: '2023-08-02',
  ...overrides,
});

export const newEvent = (type = 'ReportSubmitted', data: unknown = { value: 113418 }, metadata = meta()): NewEvent => ({
  eventId: randomUUID(),
  type,
  data,
  metadata,
});

export const newEvents = (count: number, type = 'ReportSubmitted'): NewEvent[] =>
  Array.from({ length: count }, (_, i) => newEvent(type, { seq: i + 1 }));

export async function waitFor(predicate: () => boolean, timeoutMs = 10_000, what = 'condition'): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!predicate()) {
    if (Date.now() > deadline) throw new Error(`Timed out after ${timeoutMs} ms waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 10));
  }
}

export const ids = (events: readonly { eventId: string }[]): string[] => events.map((e) => e.eventId);
export const ofStream = (events: readonly RecordedEvent[], streamId: string) => events.filter((e) => e.streamId === streamId);
