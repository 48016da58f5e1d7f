import { onEachEngine } from '@chitieu/testing';
import type { RecordedEvent } from '../event-store.port';
import { newEvent, newEvents, ofStream, uniqueStream, waitFor } from '../testing/event-fixtures';
import { PostgresEventStore } from './postgres-event-store';

const FAST = { pollMs: 200, retryStartMs: 20, retryMaxMs: 200 };

onEachEngine('PostgresEventStore', (ctx) => {
  let store: PostgresEventStore;
  beforeAll(async () => {
    store = await PostgresEventStore.open(ctx.db(), FAST);
  });
  afterAll(() => store?.close());

  it('leaves no trace of a rolled-back transaction, and subscribers go past it', async () => {
    const rolledBack = uniqueStream('rolled-back');
    const kept = uniqueStream('kept');
    const start = await store.headPosition();
    const client = await ctx.db().pool.connect();
    await client.query('BEGIN');
    await store.appendOn(client, rolledBack, newEvents(2), { expectedVersion: 'no_stream' });
    await client.query('ROLLBACK');
    client.release();
    store.notifyAppended();
    await store.append(kept, [newEvent()], { expectedVersion: 'no_stream' });
    const seen: RecordedEvent[] = [];
    const sub = store.subscribe({ from: start }, async (batch) => void seen.push(...batch));
    try {
      await waitFor(() => ofStream(seen, kept).length === 1, 10_000, 'the kept event');
      expect(ofStream(seen, rolledBack)).toEqual([]);
      expect(await store.readStream(rolledBack)).toEqual([]);
    } finally {
      await sub.stop();
    }
  });

  it('wakes subscribers of another store on the same database through LISTEN, without polling', async () => {
    const other = await PostgresEventStore.open(ctx.db(), { ...FAST, pollMs: 60_000 });
    const stream = uniqueStream('listen');
    const seen: RecordedEvent[] = [];
    const sub = other.subscribe({ from: await store.headPosition() }, async (batch) => void seen.push(...batch));
    try {
      await new Promise((r) => setTimeout(r, 300)); // the subscription is now idle, waiting
      await store.append(stream, [newEvent()], { expectedVersion: 'no_stream' });
      await waitFor(() => ofStream(seen, stream).length === 1, 5_000, 'a LISTEN wake-up');
    } finally {
      await sub.stop();
      await other.close();
    }
  });

  it('announces a burst of appends with far fewer NOTIFYs than appends, the last append included', async () => {
    let notifies = 0;
    const db = ctx.db();
    const counting = { ...db, notify: (channel: string) => ((notifies += 1), db.notify(channel)) };
    const writer = await PostgresEventStore.open(counting, FAST);
    const listener = await PostgresEventStore.open(db, { ...FAST, pollMs: 60_000 });
    const streams = Array.from({ length: 8 }, (_, i) => uniqueStream(`burst-${i}`));
    const seen: RecordedEvent[] = [];
    const sub = listener.subscribe({ from: await store.headPosition() }, async (batch) => void seen.push(...batch));
    try {
      await new Promise((r) => setTimeout(r, 300)); // idle: only a NOTIFY can wake it now
      await Promise.all(streams.map(async (stream) => {
        for (let v = 0; v < 10; v++) await writer.append(stream, [newEvent()], { expectedVersion: v === 0 ? 'no_stream' : v });
      }));
      await waitFor(() => streams.every((s) => ofStream(seen, s).length === 10), 5_000, 'every event of the burst, woken by NOTIFY');
      expect(notifies).toBeGreaterThan(0);
      expect(notifies).toBeLessThan(80 / 2);
    } finally {
      await sub.stop();
      await listener.close();
      await writer.close();
    }
  });

  it('appends to several streams in one transaction, all or nothing', async () => {
    const a = uniqueStream('import-a');
    const b = uniqueStream('import-b');
    const results = await store.appendMany([
      { streamId: a, events: newEvents(2), expectedVersion: 'no_stream' },
      { streamId: b, events: newEvents(1), expectedVersion: 'no_stream' },
      { streamId: a, events: newEvents(1), expectedVersion: 2 },
    ]);
    expect(results.map((r) => r.nextVersion)).toEqual([2, 1, 3]);
    const c = uniqueStream('import-c');
    await expect(
      store.appendMany([
        { streamId: c, events: newEvents(1), expectedVersion: 'no_stream' },
        { streamId: a, events: newEvents(1), expectedVersion: 1 },
      ]),
    ).rejects.toMatchObject({ code: 'STREAM.WRONG_EXPECTED_VERSION', streamId: a });
    expect(await store.readStream(c)).toEqual([]);
    expect(await store.readStream(a)).toHaveLength(3);
  });

  it('refuses a subscription from a bad position at once, naming the field', () => {
    expect(() => store.subscribe({ from: -1n }, async () => undefined)).toThrow(
      expect.objectContaining({ code: 'READ.INVALID_POSITION', field: 'from' }),
    );
    expect(() => store.subscribe({ from: 0n, batchSize: 0 }, async () => undefined)).toThrow(
      expect.objectContaining({ code: 'READ.INVALID_LIMIT', field: 'batchSize' }),
    );
  });

  it('keeps positions unique when one transaction appends to a stream twice', async () => {
    const stream = uniqueStream('twice');
    const [first, second] = await store.appendMany([
      { streamId: stream, events: newEvents(3), expectedVersion: 'no_stream' },
      { streamId: stream, events: newEvents(2), expectedVersion: 3 },
    ]);
    expect(second.lastPosition - first.lastPosition).toBe(2n);
  });
});
