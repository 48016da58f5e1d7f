import { onEachEngine } from '@chitieu/testing';
import type { RecordedEvent } from '../event-store.port';
import { chainHash } from '../hash-chain';
import { newEvent, uniqueStream } from '../testing/event-fixtures';
import { PostgresEventStore } from './postgres-event-store';
import type { ImportEvent } from './import';

/** Every stream's chain as an auditor checks it: versions 1..n, each linked to and hashing from its predecessor. */
function chainsIntact(events: readonly RecordedEvent[]): boolean {
  const heads = new Map<string, { version: number; hash: string }>();
  return events.every((e) => {
    const head = heads.get(e.streamId);
    heads.set(e.streamId, { version: e.version, hash: e.hash });
    return e.version === (head?.version ?? 0) + 1 && e.prevHash === (head?.hash ?? null) && chainHash(e.prevHash, e) === e.hash;
  });
}

/** Readers stop below the oldest running transaction on the server: let the bound pass our commits. */
async function readAllSettled(store: PostgresEventStore, after: bigint, count: number): Promise<RecordedEvent[]> {
  for (let i = 0; ; i++) {
    const events = await store.readAll({ after, limit: 10_000 });
    if (events.length >= count || i === 100) return events;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

onEachEngine('PostgresEventStore.importEvents', (ctx) => {
  let store: PostgresEventStore;
  beforeAll(async () => {
    store = await PostgresEventStore.open(ctx.db());
  });
  afterAll(() => store?.close());

  const history = (streams: readonly string[], n: number): ImportEvent[] =>
    Array.from({ length: n }, (_, i) => ({ streamId: streams[i % streams.length], event: newEvent('ValueReported', { seq: i, note: 'Báo cáo 6 tháng\tđầu năm\n2023 \\ quận Ba Đình' }) }));
  const count = async () => Number((await ctx.db().pool.query<{ n: string }>('SELECT count(*) AS n FROM events')).rows[0].n);

  it('given batches of history, when imported, then the store reads them in order, with consecutive versions and intact chains, and reports each batch', async () => {
    const streams = [uniqueStream('imp-a'), uniqueStream('imp-b'), uniqueStream('imp-c')];
    const start = await store.headPosition();
    const batches = [history(streams, 300), history(streams, 300), history(streams, 150)];
    const seen: number[] = [];
    expect(await store.importEvents(batches, (n) => seen.push(n))).toBe(750);
    expect(seen).toEqual([300, 300, 150]);
    const imported = await readAllSettled(store, start, 750);
    expect(imported.map((e) => e.eventId)).toEqual(batches.flat().map((b) => b.event.eventId));
    expect(imported[0].data).toEqual(batches[0][0].event.data); // text with tab, newline and backslash survives COPY
    expect(chainsIntact(imported)).toBe(true);
    expect((await store.readStream(streams[1])).map((e) => e.version)).toEqual(Array.from({ length: 250 }, (_, i) => i + 1));
  });

  it('continues a stream after appends made between batches, and the store appends after the import', async () => {
    const stream = uniqueStream('imp-mixed');
    await store.append(stream, [newEvent()], { expectedVersion: 'no_stream' });
    await store.importEvents([history([stream], 5)]);
    await store.append(stream, [newEvent()], { expectedVersion: 6 });
    await store.importEvents([history([stream], 3)]);
    const events = await store.readStream(stream);
    expect(events.map((e) => e.version)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    expect(chainsIntact(events)).toBe(true);
  });

  it('writes a batch again with fresh heads when another writer appended to its streams during the import', async () => {
    const streams = [uniqueStream('imp-live-a'), uniqueStream('imp-live-b')];
    async function* withAppendsBetween() {
      yield history(streams, 20);
      // Once batch 1 has committed, and before batch 2 is written, a command appends to a stream:
      // the importer's kept head for it is stale now, and only a re-read of the heads saves batch 2.
      while ((await store.readStream(streams[0])).length < 10) await new Promise((r) => setTimeout(r, 5));
      await store.append(streams[0], [newEvent()], { expectedVersion: 10 });
      yield history(streams, 20);
    }
    expect(await store.importEvents(withAppendsBetween())).toBe(40);
    const a = await store.readStream(streams[0]);
    expect(a.map((e) => e.version)).toEqual(Array.from({ length: 21 }, (_, i) => i + 1));
    expect(chainsIntact(a)).toBe(true);
    expect(chainsIntact(await store.readStream(streams[1]))).toBe(true);
  });

  it('refuses a batch holding an event id already in the store, naming it, and writes nothing of that batch', async () => {
    const stream = uniqueStream('imp-dup');
    const [first] = history([stream], 1);
    await store.importEvents([[first]]);
    const before = await count();
    const again = [...history([stream], 4), { streamId: stream, event: { ...newEvent(), eventId: first.event.eventId } }];
    await expect(store.importEvents([again])).rejects.toMatchObject({ code: 'IMPORT.EVENT_ID_EXISTS', kind: 'conflict' });
    expect(await count()).toBe(before);
  });

  it('stops at a batch with a bad event, naming the problem; batches before it stay, nothing after it is written', async () => {
    const stream = uniqueStream('imp-bad');
    const good = history([stream], 10);
    const bad = [...history([stream], 2), { streamId: stream, event: { ...newEvent(), eventId: 'not-a-uuid' } }];
    const after = history([stream], 10);
    await expect(store.importEvents([good, bad, after])).rejects.toMatchObject({ code: 'EVENT.INVALID_ID' });
    expect((await store.readStream(stream)).map((e) => e.eventId)).toEqual(good.map((b) => b.event.eventId));
    await expect(store.importEvents([[{ streamId: 'bad stream id', event: newEvent() }]])).rejects.toMatchObject({ code: 'STREAM.INVALID_ID' });
    await expect(store.importEvents([history([stream], 50_001)])).rejects.toMatchObject({ code: 'IMPORT.BATCH_TOO_LARGE' });
    expect(await store.readStream(stream)).toHaveLength(10);
  });
});
