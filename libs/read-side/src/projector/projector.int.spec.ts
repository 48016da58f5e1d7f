import { runMigrations } from '@chitieu/database';
import { onEachEngine } from '@chitieu/testing';
import { ALL_PROJECTIONS } from '../projections';
import { IndicatorStatusQuery } from '../projections/indicator-status/indicator-status.query';
import { EventFactory, defined } from '../testing/event-factory';
import { InMemoryEventStore } from '../testing/in-memory-event-store';
import { lockCheckpointForBatch, readSideMigrations } from './checkpoints';
import { SqlHistorySource } from './history';
import { Projector } from './projector';
import { createReadStore } from './read-store';
import type { RebuildProgress } from './rebuild';
import type { ReadStore } from './sql';

const P = 'hn-08-2021';
const JOBS = `${P}.CT-01`;

function fixture(f: EventFactory) {
  return [
    f.event('IndicatorDefined', defined(P, 'CT-01'), { on: '2021-03-17' }),
    f.event('TargetSet', { indicatorId: JOBS, horizon: '2023', value: 162_000 }, { on: '2023-01-10' }),
    f.event('ValueReported', {
      indicatorId: JOBS, reportId: 'r-h1', period: '2023-H1', value: 113_418, quotedTarget: 162_000, quotedPercent: 70.89, breakdown: null, note: null, reportingUnit: 'SLDTBXH',
    }, { on: '2023-07-15', recorded: '2023-07-16T08:00:00Z' }),
    ...Array.from({ length: 40 }, (_, i) => f.event('UnitRegistered', {
      code: `U-${i}`, nameVi: `Đơn vị ${i}`, nameEn: `Unit ${i}`, kind: 'department', parentCode: null, statisticsCode: null, districtType: null,
    }, { on: '2021-01-01' })),
  ];
}

async function snapshot(rs: ReadStore): Promise<Record<string, unknown[]>> {
  const out: Record<string, unknown[]> = {};
  for (const p of ALL_PROJECTIONS) {
    for (const t of p.tables) out[t.name] = await rs.query(`SELECT * FROM "${t.name}" ORDER BY position${t.name === 'rm_audit_trail' ? '' : ', seq'}`);
  }
  return out;
}

const count = async (rs: ReadStore, table: string) => Number((await rs.query<{ n: string }>(`SELECT count(*) AS n FROM "${table}"`))[0].n);

onEachEngine('projector', (ctx) => {
  let rs: ReadStore;
  const store = new InMemoryEventStore();
  const f = new EventFactory();

  beforeAll(async () => {
    rs = await createReadStore(ctx.db());
    await runMigrations(ctx.db(), readSideMigrations(ALL_PROJECTIONS));
    store.load(fixture(f));
  });
  afterAll(() => rs.close());

  it("commits a projector's batch without waiting for the WAL flush, and only that transaction", async () => {
    const commitMode = async (tx: { query: ReadStore['query'] }) => (await tx.query<{ m: string }>("SELECT current_setting('synchronous_commit') AS m"))[0].m;
    await rs.transaction((tx) => lockCheckpointForBatch(tx, 'commit-mode-check')); // the first batch makes the row
    expect(await rs.transaction(async (tx) => (await lockCheckpointForBatch(tx, 'commit-mode-check'), commitMode(tx)))).toBe('off');
    expect(await commitMode(rs)).not.toBe('off');
    await rs.query("DELETE FROM projection_checkpoints WHERE name = 'commit-mode-check'");
  });

  it('a crash between the read-model write and its checkpoint applies nothing twice', async () => {
    let failures = 0;
    const projector = new Projector(store, rs, ALL_PROJECTIONS, {
      batchSize: 10,
      afterWrite: async (name) => {
        if (name !== 'audit-trail' || failures >= 2) return;
        failures += 1;
        throw new Error('crash after the write, before the checkpoint');
      },
    });
    await projector.start();
    await projector.waitForPosition(await store.headPosition());
    await projector.stop();
    expect(failures).toBe(2);
    expect(await count(rs, 'rm_audit_trail')).toBe(store.events.length);
    const [cp] = await rs.query<{ position: string }>("SELECT position FROM projection_checkpoints WHERE name = 'audit-trail'");
    expect(BigInt(cp.position)).toBe(await store.headPosition());
  });

  it('a redelivered batch at or below the checkpoint changes nothing', async () => {
    const projector = new Projector(store, rs, ALL_PROJECTIONS);
    await projector.handle('audit-trail', store.events.slice(0, 20));
    await projector.handle('unit-workload', store.events);
    expect(await count(rs, 'rm_audit_trail')).toBe(store.events.length);
    expect(await count(rs, 'rm_unit_history')).toBe(40);
  });

  it('a restart resumes exactly after the stored checkpoint', async () => {
    store.load([f.event('UnitRegistered', { code: 'U-new', nameVi: 'Mới', nameEn: 'New', kind: 'other', parentCode: null, statisticsCode: null, districtType: null }, { on: '2024-01-01' })]);
    const projector = new Projector(store, rs, ALL_PROJECTIONS, { batchSize: 7 });
    await projector.start();
    await projector.waitForPosition(await store.headPosition());
    await projector.stop();
    expect(await count(rs, 'rm_unit_history')).toBe(41);
    expect(await count(rs, 'rm_audit_trail')).toBe(store.events.length);
  });

  it('a correction recorded now changes asOf 2023-08-02 as known now, not as known before it', async () => {
    const before = new Date(Date.now() - 1000);
    const projector = new Projector(store, rs, ALL_PROJECTIONS);
    await projector.start();
    const { lastPosition } = await store.append(`indicator-${JOBS}`, [f.newEvent('ValueCorrected', {
      indicatorId: JOBS, reportId: 'r-h1', period: '2023-H1', oldValue: 113_418, newValue: 114_000,
      oldQuotedPercent: 70.89, newQuotedPercent: 70.37, oldBreakdown: null, newBreakdown: null,
    }, { on: new Date().toISOString().slice(0, 10) })], { expectedVersion: 'any' });
    await projector.waitForPosition(lastPosition);
    await projector.stop();
    const q = new IndicatorStatusQuery(new SqlHistorySource(rs));
    expect((await q.one(JOBS, { asOf: '2023-08-02', knownAt: new Date() }))?.annual).toMatchObject({ value: 114_000, progress: 70.37 });
    expect((await q.one(JOBS, { asOf: '2023-08-02', knownAt: before }))?.annual).toMatchObject({ value: 113_418, progress: 70.01 });
  });

  it('a rebuild equals the incrementally built read models and reports its progress', async () => {
    const incremental = await snapshot(rs);
    const projector = new Projector(store, rs, ALL_PROJECTIONS, { countEventsAfter: async () => store.events.length });
    await projector.start();
    const progress: RebuildProgress[] = [];
    const results = await projector.rebuild(undefined, (p) => progress.push(p));
    await projector.stop();
    expect(results.map((r) => r.events)).toEqual(ALL_PROJECTIONS.map(() => store.events.length));
    expect(await snapshot(rs)).toEqual(incremental);
    expect(progress.filter((p) => p.phase === 'swapped').map((p) => [p.done, p.total])).toEqual(ALL_PROJECTIONS.map(() => [store.events.length, store.events.length]));
  });

  it('waitForPosition gives up with READ_MODEL.NOT_CAUGHT_UP when a projection lags', async () => {
    const projector = new Projector(store, rs, ALL_PROJECTIONS);
    await store.append('unit-late', [f.newEvent('UnitRenamed', { code: 'U-1', nameVi: 'X', nameEn: 'X', previousNameVi: 'a', previousNameEn: 'a', effectiveDate: '2024-01-01' }, { on: '2024-01-01' })], { expectedVersion: 'any' });
    // Not started: nothing moves.
    await expect(projector.waitForPosition(await store.headPosition(), 50)).rejects.toMatchObject({ code: 'READ_MODEL.NOT_CAUGHT_UP', kind: 'unavailable' });
    const lag = await projector.lag();
    expect(lag.find((l) => l.name === 'audit-trail')).toMatchObject({ eventsBehind: 1, running: false });
  });
});
