import { runMigrations } from '@chitieu/database';
import { PostgresEventStore } from '@chitieu/event-store';
import { createWriteSide, seedSampleData } from '@chitieu/sample-data';
import { onEachEngine } from '@chitieu/testing';
import { readSideMigrations } from './projector/checkpoints';
import { Projector } from './projector/projector';
import { createReadStore } from './projector/read-store';
import type { ReadStore } from './projector/sql';
import { ALL_PROJECTIONS } from './projections';
import { ReadSideQueries } from './queries/read-side-queries';

const P = 'hn-08-2021';

/** The read side over the Program 08 sample scenario, recorded through the real handlers into the real store. */
onEachEngine('read side on the Program 08-CTr/TU sample', (ctx) => {
  let store: PostgresEventStore;
  let rs: ReadStore;
  let projector: Projector;
  let q: ReadSideQueries;

  beforeAll(async () => {
    store = await PostgresEventStore.open(ctx.db());
    await runMigrations(ctx.db(), readSideMigrations(ALL_PROJECTIONS));
    rs = await createReadStore(ctx.db());
    projector = new Projector(store, rs, ALL_PROJECTIONS);
    await projector.start();
    const side = await createWriteSide(store);
    await seedSampleData(side.commandBus);
    await side.close();
    q = new ReadSideQueries(rs, projector);
  }, 240_000);
  afterAll(async () => {
    await projector?.stop();
    await rs?.close();
    await store?.close();
  });

  it('reproduces the review of 02/08/2023: 18/27 met the term, 19 met / 4 striving / 4 difficult the 2023 plan', async () => {
    const head = (await store.headPosition()).toString();
    const s = await q.programSummary(P, { asOf: '2023-08-02', minPosition: head });
    expect(s.indicatorCount).toBe(27);
    expect(s.term.met).toBe(18);
    expect(s.annual).toMatchObject({ year: 2023, met: 19, striving: 4, difficult: 4, on_track: 0, no_status: 0 });
  });

  it('counts none met on 2021-01-01', async () => {
    const s = await q.programSummary(P, { asOf: '2021-01-01' });
    expect([s.term.met, s.annual.met]).toEqual([0, 0]);
  });

  it('computes 70.01% for the H1 2023 jobs and flags the quoted 70.89%', async () => {
    const jobs = (await q.programIndicators(P, { asOf: '2023-08-02' })).items.find((v) => v.code === 'CT02')!;
    expect(jobs.annual).toMatchObject({ period: '2023-H1', value: 113_418, progress: 70.01 });
    const flags = (await q.dataQuality({ asOf: '2023-08-02', kind: 'quoted_percent_mismatch' })).items;
    expect(flags.map((f) => [f.indicatorId, f.details])).toEqual([[jobs.id, { quoted: 70.89, computed: 70.01 }]]);
  });

  it('shows the tasks of Notice 07/TB-BCĐ overdue as of the meeting', async () => {
    const overdue = (await q.tasks({ asOf: '2023-08-02', status: 'overdue' })).items;
    expect(overdue.length).toBeGreaterThan(0);
    expect(overdue.every((t) => t.dueDate < '2023-08-02' && t.status !== 'completed')).toBe(true);
    expect(overdue.every((t) => t.documentNumber === '07/TB-BCĐ')).toBe(true);
  });

  it('lists units in Vietnamese order', async () => {
    const names = (await q.unitList({ asOf: '2023-08-02' })).items.map((u) => u.nameVi);
    expect(names).toEqual([...names].sort(new Intl.Collator('vi').compare));
    const districts = names.filter((n) => n.startsWith('Quận '));
    expect(districts.slice(0, 3)).toEqual(['Quận Ba Đình', 'Quận Bắc Từ Liêm', 'Quận Cầu Giấy']);
  });

  it('answers a minPosition beyond the head with a validation error naming it', async () => {
    await expect(q.programSummary(P, { minPosition: '999999999999999999' })).rejects.toMatchObject({ field: 'minPosition', kind: 'validation' });
  });
});
