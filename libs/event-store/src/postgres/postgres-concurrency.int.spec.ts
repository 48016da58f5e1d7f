import { randomUUID } from 'node:crypto';
import { testDatabases, type TestEngine } from '@chitieu/testing';
import { EventIdConflictError, WrongExpectedVersionError } from '../errors';
import type { RecordedEvent } from '../event-store.port';
import { newEvent, newEvents, ofStream, uniqueStream, waitFor } from '../testing/event-fixtures';
import { PostgresEventStore } from './postgres-event-store';

// Real concurrency needs several connections: PostgreSQL only, skipped without TEST_DATABASE_URL
// (and failing, not skipped, when it is set but unreachable).
const engine: TestEngine | undefined = testDatabases().find((e) => e.name === 'postgres');
const describeOnPostgres = engine ? describe : describe.skip;
const FAST = { pollMs: 200, retryStartMs: 20, retryMaxMs: 200 };

describeOnPostgres('PostgresEventStore on PostgreSQL under concurrency', () => {
  let store: PostgresEventStore;
  const db = () => engine!.open();
  beforeAll(async () => {
    store = await PostgresEventStore.open(await db(), FAST);
  });
  afterAll(async () => {
    await store?.close();
    await engine?.dispose();
  });

  it('never lets a transaction that took its position first, and commits last, fall behind a subscriber', async () => {
    const early = uniqueStream('early');
    const late = uniqueStream('late');
    const start = await store.headPosition();
    const seen: RecordedEvent[] = [];
    const sub = store.subscribe({ from: start }, async (batch) => void seen.push(...batch));
    const client = await (await db()).pool.connect();
    try {
      await client.query('BEGIN');
      const first = await store.appendOn(client, early, [newEvent()], { expectedVersion: 'no_stream' });
      const second = await store.append(late, [newEvent()], { expectedVersion: 'no_stream' });
      expect(second.lastPosition > first.lastPosition).toBe(true);
      await new Promise((r) => setTimeout(r, 500));
      // The later commit is held back while the earlier transaction is in flight.
      expect(ofStream(seen, late)).toEqual([]);
      expect(await store.headPosition()).toBeLessThan(first.lastPosition);
      await client.query('COMMIT');
      await waitFor(() => ofStream(seen, late).length === 1, 10_000, 'both events');
      const mine = seen.filter((e) => e.streamId === early || e.streamId === late).map((e) => e.streamId);
      expect(mine).toEqual([early, late]);
    } finally {
      client.release();
      await sub.stop();
    }
  });

  it('lets only one of two racing appends with the same event id to different streams succeed', async () => {
    const event = newEvent();
    const outcomes = await Promise.allSettled([
      store.append(uniqueStream('race-a'), [event], { expectedVersion: 'no_stream' }),
      store.append(uniqueStream('race-b'), [event], { expectedVersion: 'no_stream' }),
    ]);
    expect(outcomes.filter((o) => o.status === 'fulfilled')).toHaveLength(1);
    const rejected = outcomes.find((o): o is PromiseRejectedResult => o.status === 'rejected');
    expect(rejected?.reason).toBeInstanceOf(EventIdConflictError);
  });

  it('delivers every acknowledged event exactly once, each stream in order, with 8 writers on 50 streams', async () => {
    const streams = Array.from({ length: 50 }, () => `load-${randomUUID()}`);
    const known = new Map<string, number>(streams.map((s) => [s, 0]));
    const acked = new Map<string, string[]>(streams.map((s) => [s, []]));
    let toWrite = 10_000;
    let ackedCount = 0;
    const seen: RecordedEvent[] = [];
    const sub = store.subscribe({ from: await store.headPosition(), batchSize: 1000 }, async (b) => void seen.push(...b));

    const writer = async () => {
      while (toWrite > 0) {
        const n = Math.min(toWrite, 1 + Math.floor(Math.random() * 3));
        toWrite -= n;
        const stream = streams[Math.floor(Math.random() * streams.length)];
        const events = newEvents(n);
        for (;;) {
          try {
            const r = await store.append(stream, events, { expectedVersion: known.get(stream) ?? 0 });
            known.set(stream, Math.max(known.get(stream) ?? 0, r.nextVersion));
            // By version, not by when the promise settled.
            events.forEach((e, i) => (acked.get(stream)![r.nextVersion - n + i] = e.eventId));
            ackedCount += n;
            break;
          } catch (err) {
            if (!(err instanceof WrongExpectedVersionError)) throw err;
            known.set(stream, err.actual);
          }
        }
      }
    };
    try {
      await Promise.all(Array.from({ length: 8 }, writer));
      const mine = () => seen.filter((e) => acked.has(e.streamId));
      await waitFor(() => mine().length >= ackedCount, 20_000, 'every acknowledged event');
      await new Promise((r) => setTimeout(r, 300));
      const delivered = mine();
      expect(ackedCount).toBe(10_000);
      expect(delivered).toHaveLength(ackedCount);
      expect(new Set(delivered.map((e) => e.eventId)).size).toBe(ackedCount);
      for (const stream of streams) {
        const inStream = ofStream(delivered, stream);
        expect(inStream.map((e) => e.eventId)).toEqual(acked.get(stream)!.filter(Boolean));
        expect(inStream.map((e) => e.version)).toEqual(inStream.map((_, i) => i + 1));
      }
      expect(delivered.every((e, i) => i === 0 || e.position > delivered[i - 1].position)).toBe(true);
    } finally {
      await sub.stop();
    }
  }, 60_000);
});

