import { verifyLog } from '@chitieu/audit';
import { PostgresEventStore } from '@chitieu/event-store';
import { testDatabases } from '@chitieu/testing';
import { DomainEventGenerator } from '../generator/domain-events';
import { BulkImporter } from './bulk-importer';

/**
 * Readers see only positions below the oldest transaction still running anywhere on the server
 * (docs/EVENT-STORE.md): on a busy shared server that bound can trail our commits for a moment.
 */
async function readAllSettled(store: PostgresEventStore, after: bigint, count: number) {
  for (let i = 0; ; i++) {
    const events = await store.readAll({ after, limit: 10_000 });
    if (events.length >= count || i === 100) return events;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

describe.each(testDatabases())('the bench bulk importer on $name', (engine) => {
  let store: PostgresEventStore;
  afterAll(() => engine.dispose());

  beforeAll(async () => {
    store = await PostgresEventStore.open(await engine.open());
  });

  it('given two batches of history, when imported, then the store reads them in order with consecutive versions and verify finds every chain intact', async () => {
    const db = await engine.open();
    const gen = new DomainEventGenerator(11, 20, 600);
    const importer = new BulkImporter(db.pool);
    const batches = [Array.from({ length: 300 }, () => gen.next()), Array.from({ length: 300 }, () => gen.next())];
    for (const b of batches) expect(await importer.importBatch(b)).toBe(300);

    const all = await readAllSettled(store, 0n, 600);
    expect(all.map((e) => e.eventId)).toEqual(batches.flat().map((b) => b.event.eventId));
    const stream = DomainEventGenerator.streamId(3);
    expect((await store.readStream(stream)).map((e) => e.version)).toEqual(all.filter((e) => e.streamId === stream).map((_, i) => i + 1));
    const report = await verifyLog(store);
    expect(report).toMatchObject({ ok: true, eventsChecked: 600, streamsChecked: 20 });
  });

  it('given an imported stream, when the store appends to it at the imported version, then the chain continues', async () => {
    const stream = DomainEventGenerator.streamId(5);
    const version = (await store.readStream(stream)).length;
    const next = new DomainEventGenerator(99, 20, 10).nextOf(5);
    await store.append(stream, [next], { expectedVersion: version });
    expect((await verifyLog(store)).ok).toBe(true);
  });

  it('given a batch holding an event id already in the store, when imported, then it is refused and nothing of the batch is written', async () => {
    const db = await engine.open();
    const [existing] = await store.readAll({ after: 0n, limit: 1 });
    const gen = new DomainEventGenerator(12, 20, 10);
    const fresh = gen.next();
    const count = async () => Number((await db.pool.query<{ n: string }>('SELECT count(*) AS n FROM events')).rows[0].n);
    const before = await count();
    const importer = new BulkImporter(db.pool);
    await expect(importer.importBatch([fresh, { streamId: existing.streamId, event: { ...fresh.event, eventId: existing.eventId } }])).rejects.toThrow();
    expect(await count()).toBe(before);
  });

  it('given many batches, when imported pipelined, then every batch lands in order and a bad event stops the import at its batch', async () => {
    const db = await engine.open();
    const before = (await readAllSettled(store, 0n, 601)).at(-1)!.position;
    const gen = new DomainEventGenerator(21, 15, 900);
    const batches = [0, 1, 2].map(() => Array.from({ length: 300 }, () => gen.next()));
    const seen: number[] = [];
    expect(await new BulkImporter(db.pool).importAll(batches, (n) => seen.push(n))).toBe(900);
    expect(seen).toEqual([300, 300, 300]);
    const imported = await readAllSettled(store, before, 900);
    expect(imported.map((e) => e.eventId)).toEqual(batches.flat().map((b) => b.event.eventId));

    const head = imported.at(-1)!.position;
    const good = Array.from({ length: 10 }, () => gen.next());
    const bad = [{ ...gen.next(), event: { ...gen.next().event, eventId: 'not-a-uuid' } }];
    await expect(new BulkImporter(db.pool).importAll([good, bad])).rejects.toMatchObject({ code: 'EVENT.INVALID_ID' });
    const after = await readAllSettled(store, head, 10);
    expect(after.map((e) => e.eventId)).toEqual(good.map((b) => b.event.eventId));
    expect((await verifyLog(store)).ok).toBe(true);
  });
});
