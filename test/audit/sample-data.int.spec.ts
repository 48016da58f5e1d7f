import { runMigrations } from '@chitieu/database';
import { PostgresEventStore } from '@chitieu/event-store';
import { ALL_PROJECTIONS, createReadStore, Projector, readSideMigrations, type ReadStore } from '@chitieu/read-side';
import { createWriteSide, seedSampleData } from '@chitieu/sample-data';
import { onEachEngine } from '@chitieu/testing';
import { history, parseDigest, replayAndCompare, sealDigest, verifyLog } from '@chitieu/audit';
import { visible } from './audit-fixture';

onEachEngine('auditing the Program 08-CTr/TU sample data', (ctx) => {
  let store: PostgresEventStore;
  let rs: ReadStore;

  beforeAll(async () => {
    store = await PostgresEventStore.open(ctx.db());
    await runMigrations(ctx.db(), readSideMigrations(ALL_PROJECTIONS));
    const side = await createWriteSide(store);
    await seedSampleData(side.commandBus);
    await side.close();
    const { rows } = await ctx.db().pool.query<{ p: string }>('SELECT max(position)::text AS p FROM events');
    await visible(store, BigInt(rows[0].p));
    rs = await createReadStore(ctx.db());
    const projector = new Projector(store, rs, ALL_PROJECTIONS);
    await projector.start();
    await projector.waitForPosition(await store.headPosition(), 60_000);
    await projector.stop();
  }, 180_000);
  afterAll(async () => {
    await rs?.close();
    await store?.close();
  });

  it('every chain of the sample data verifies, and so does a digest sealed over it', async () => {
    const { text } = await sealDigest(store);
    const report = await verifyLog(store, { published: [parseDigest(text)] });
    expect(report.ok).toBe(true);
    expect(report.eventsChecked).toBeGreaterThan(100);
  });

  it('a replay of every projection over the sample data reports zero drift', async () => {
    const report = await replayAndCompare({ store, readStore: rs, projections: ALL_PROJECTIONS });
    const drift = report.projections.flatMap((p) => p.tables.filter((t) => t.onlyLive + t.onlyReplayed > 0).map((t) => `${p.projection}/${t.table}`));
    expect(drift).toEqual([]);
    expect(report.ok).toBe(true);
  });

  it('history of Notice 07/TB-BCĐ names who acted on it, when and why', async () => {
    const entries = await history(ctx.db().pool, { document: '07/TB-BCĐ' });
    expect(entries.length).toBeGreaterThan(0);
    for (const e of entries) expect(e).toMatchObject({ actor: expect.any(String), occurredAt: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/), recordedAt: expect.any(String) });
  });
});
