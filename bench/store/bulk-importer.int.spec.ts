import { verifyLog } from '@chitieu/audit';
import { PostgresEventStore } from '@chitieu/event-store';
import { testDatabases } from '@chitieu/testing';
import { DomainEventGenerator } from '../generator/domain-events';
import { BulkImporter } from './bulk-importer';

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

    const all = await store.readAll({ after: 0n, limit: 1000 });
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
    const before = await store.headPosition();
    const importer = new BulkImporter(db.pool);
    await expect(importer.importBatch([fresh, { streamId: existing.streamId, event: { ...fresh.event, eventId: existing.eventId } }])).rejects.toThrow();
    expect(await store.headPosition()).toBe(before);
  });
});
