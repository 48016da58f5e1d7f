import { randomUUID } from 'node:crypto';
import type { Database } from '@chitieu/database';
import { chainHash, PostgresEventStore, type EventStore, type RecordedEvent } from '@chitieu/event-store';
import type { EventMetadata } from '@chitieu/kernel';

/** Who reports what: an honest little log over three streams, one append per event. */
export const meta = (actor: string, unit: string | null, occurredAt = '2023-06-30'): EventMetadata => ({
  actor,
  role: unit ? 'unit' : 'secretariat',
  unit,
  correlationId: randomUUID(),
  causationId: null,
  reason: 'Báo cáo sơ kết 6 tháng đầu năm 2023',
  sourceDocument: { issuer: 'BCĐ 08', number: '07/TB-BCĐ', date: '2023-06-06' },
  occurredAt,
});

export const STREAMS = ['indicator-p08.CT01', 'indicator-p08.CT02', 'unit-007'] as const;

/**
 * Readers stop below the oldest running transaction of the whole server; on a shared PostgreSQL
 * another database's open transaction can hold it back for a moment. Tests wait for their writes.
 */
export async function visible(store: EventStore, position: bigint): Promise<void> {
  for (let i = 0; i < 200 && (await store.headPosition()) < position; i += 1) await new Promise((r) => setTimeout(r, 50));
}

export async function seedLog(store: PostgresEventStore, rounds = 4, firstRound = 1): Promise<void> {
  let last = 0n;
  for (let round = firstRound; round < firstRound + rounds; round += 1) {
    for (const [i, streamId] of STREAMS.entries()) {
      const data = { indicatorId: streamId.slice(10), period: `2023-Q${round}`, value: 1000 * round + i, note: 'Hà Nội' };
      ({ lastPosition: last } = await store.append(streamId, [{ eventId: randomUUID(), type: 'ValueReported', data, metadata: meta(`user-${i}`, i === 2 ? '007' : 'SYT') }], {
        expectedVersion: round === 1 ? 'no_stream' : round - 1,
      }));
    }
  }
  await visible(store, last);
}

/** Empties the log (the schema stays) so each test starts from the same honest history. */
export async function freshStore(db: Database): Promise<PostgresEventStore> {
  const store = await PostgresEventStore.open(db);
  await db.pool.query('TRUNCATE events');
  return store;
}

export async function rowOf(db: Database, streamId: string, version: number): Promise<RecordedEvent> {
  const store = new PostgresEventStore(db);
  const [e] = await store.readStream(streamId, { fromVersion: version, toVersion: version });
  return e;
}

/** Rewrites a stream from `fromVersion` on with hashes recomputed: a careful forger's work. */
export async function rehashStream(db: Database, streamId: string): Promise<void> {
  const events = await new PostgresEventStore(db).readStream(streamId);
  let prev: string | null = null;
  for (const e of events) {
    const hash = chainHash(prev, e);
    await db.pool.query('UPDATE events SET hash = $1, prev_hash = $2 WHERE position = $3', [Buffer.from(hash, 'hex'), prev ? Buffer.from(prev, 'hex') : null, e.position.toString()]);
    prev = hash;
  }
}

/** Swaps two rows' positions (the primary key) through a free one. */
export async function swapPositions(db: Database, a: bigint, b: bigint): Promise<void> {
  await db.pool.query('UPDATE events SET position = -1 WHERE position = $1', [a.toString()]);
  await db.pool.query('UPDATE events SET position = $1 WHERE position = $2', [a.toString(), b.toString()]);
  await db.pool.query('UPDATE events SET position = $1 WHERE position = -1', [b.toString()]);
}
