import { runMigrations } from '@chitieu/database';
import type { PostgresEventStore } from '@chitieu/event-store';
import { ALL_PROJECTIONS, createReadStore, Projector, readSideMigrations, type ReadStore } from '@chitieu/read-side';
import { onEachEngine } from '@chitieu/testing';
import { replayAndCompare, REPLAY_SCHEMA } from '@chitieu/audit';
import { freshStore } from './audit-fixture';
import { appendScenario } from './program-scenario';

onEachEngine('replay: the read models against the log', (ctx) => {
  let store: PostgresEventStore;
  let rs: ReadStore;

  beforeAll(async () => {
    store = await freshStore(ctx.db());
    await runMigrations(ctx.db(), readSideMigrations(ALL_PROJECTIONS));
    rs = await createReadStore(ctx.db());
    await appendScenario(store);
    const projector = new Projector(store, rs, ALL_PROJECTIONS);
    await projector.start();
    await projector.waitForPosition(await store.headPosition(), 20_000);
    await projector.stop();
  });
  afterAll(() => rs.close());

  const replay = () => replayAndCompare({ store, readStore: rs, projections: ALL_PROJECTIONS });

  it('given read models the projector built, a replay finds no drift and leaves no scratch schema', async () => {
    const report = await replay();
    expect(report.ok).toBe(true);
    expect(report.events).toBe(8);
    const rows = report.projections.flatMap((p) => p.tables).reduce((n, t) => n + t.liveRows, 0);
    expect(rows).toBeGreaterThan(8);
    const schemas = await rs.query('SELECT 1 FROM information_schema.schemata WHERE schema_name = $1', [REPLAY_SCHEMA]);
    expect(schemas).toHaveLength(0);
  });

  it('when a read-model row is changed by hand, then the replay reports it as drift in that table', async () => {
    const [table] = ALL_PROJECTIONS.find((p) => p.name === 'indicator-status')!.tables;
    await rs.query(`UPDATE "${table.name}" SET payload = jsonb_set(payload, '{value}', '150000') WHERE kind = 'report'`);
    const report = await replay();
    expect(report.ok).toBe(false);
    const drift = report.projections.find((p) => p.projection === 'indicator-status')!.tables[0];
    expect(drift).toMatchObject({ table: table.name, onlyLive: 1, onlyReplayed: 1 });
    expect(drift.samples.onlyLive[0]).toMatchObject({ kind: 'report', payload: expect.objectContaining({ value: 150000 }) });
    expect(drift.samples.onlyReplayed[0]).toMatchObject({ kind: 'report', payload: expect.objectContaining({ value: 113418 }) });
    expect(report.projections.filter((p) => p.projection !== 'indicator-status').every((p) => p.tables.every((t) => t.onlyLive + t.onlyReplayed === 0))).toBe(true);
  });

  it('when a read-model row is deleted by hand, then the replay has it and the live table does not', async () => {
    const [table] = ALL_PROJECTIONS.find((p) => p.name === 'program-summary')!.tables;
    await rs.query(`DELETE FROM "${table.name}" WHERE position = (SELECT min(position) FROM "${table.name}")`);
    const drift = (await replay()).projections.find((p) => p.projection === 'program-summary')!.tables[0];
    expect(drift).toMatchObject({ onlyLive: 0, onlyReplayed: 1 });
  });
});
