import pg from 'pg';
import { createDatabase, runMigrations, type Database } from '@chitieu/database';
import { ALL_PROJECTIONS, AdvisoryLockLease, Projector, createReadStore, readSideMigrations, type ReadStore } from '@chitieu/read-side';
import { EventFactory } from '../../libs/read-side/src/testing/event-factory';
import { InMemoryEventStore } from '../../libs/read-side/src/testing/in-memory-event-store';
import { testDatabases } from '@chitieu/testing';

/**
 * Two projector instances on one PostgreSQL database, each with its own connections as two
 * processes would have: one runs the projections, the other stands by, and takes over when the
 * first one's database session dies. PostgreSQL only (PGlite is one process by construction).
 */
const engine = testDatabases().find((e) => e.name === 'postgres');
const describeOnPostgres = engine ? describe : describe.skip;
jest.setTimeout(60_000);

const unit = (f: EventFactory, i: number) =>
  f.event('UnitRegistered', { code: `U-${i}`, nameVi: `Đơn vị ${i}`, nameEn: `Unit ${i}`, kind: 'department', parentCode: null, statisticsCode: null, districtType: null }, { on: '2021-01-01' });

async function waitUntil(check: () => Promise<boolean>, timeoutMs = 15_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error('condition not met in time');
    await new Promise((r) => setTimeout(r, 50));
  }
}

describeOnPostgres('projector lease: two instances on one PostgreSQL database', () => {
  const store = new InMemoryEventStore();
  const f = new EventFactory();
  const applied: { instance: string; projection: string; positions: bigint[] }[] = [];
  const instances: { name: string; db: Database; rs: ReadStore; projector: Projector }[] = [];

  async function instance(name: string) {
    const db = await createDatabase({ databaseUrl: engine!.url(), dataDir: 'unused', poolSize: 4 });
    const rs = await createReadStore(db);
    const projector = new Projector(store, rs, ALL_PROJECTIONS, {
      batchSize: 5,
      lease: new AdvisoryLockLease(db.pool),
      leaseIntervalMs: 100,
      afterWrite: async (projection, events) => void applied.push({ instance: name, projection, positions: events.map((e) => e.position) }),
    });
    const it = { name, db, rs, projector };
    instances.push(it);
    return it;
  }

  const trail = async (rs: ReadStore) => (await rs.query<{ position: string }>('SELECT position FROM rm_audit_trail ORDER BY position')).map((r) => BigInt(r.position));

  beforeAll(async () => {
    const db = await engine!.open();
    await runMigrations(db, readSideMigrations(ALL_PROJECTIONS));
    store.load(Array.from({ length: 30 }, (_, i) => unit(f, i)));
  });
  afterAll(async () => {
    for (const i of instances) {
      await i.projector.stop().catch(() => undefined);
      await i.rs.close().catch(() => undefined);
      await i.db.close().catch(() => undefined);
    }
    await engine?.dispose();
  });

  it('runs every projection in the first instance only; the second stands by and says so', async () => {
    const a = await instance('A');
    const b = await instance('B');
    await a.projector.start();
    await b.projector.start();
    await a.projector.waitForPosition(await store.headPosition());
    await new Promise((r) => setTimeout(r, 300));
    expect(new Set(applied.map((x) => x.instance))).toEqual(new Set(['A']));
    expect((await b.projector.lag()).map((l) => [l.name, l.running, l.standby])).toEqual(ALL_PROJECTIONS.map((p) => [p.name, false, true]));
    expect((await a.projector.lag()).map((l) => [l.name, l.running, l.standby])).toEqual(ALL_PROJECTIONS.map((p) => [p.name, true, false]));
    // The standby follows the stored checkpoints, so read-your-writes works through it too.
    await b.projector.waitForPosition(await store.headPosition(), 2000);
  });

  it('hands every projection to the second instance when the first one dies, applying nothing twice and skipping nothing', async () => {
    const [a, b] = instances;
    // The first instance's database sessions end, as when its process is killed.
    const admin = new pg.Client({ connectionString: engine!.url() });
    await admin.connect();
    await admin.query("SELECT pg_terminate_backend(pid) FROM pg_locks WHERE locktype = 'advisory' AND granted AND pid <> pg_backend_pid() AND pid = ANY($1::int[])", [await lockHolders(admin)]);
    await admin.end();
    const mark = applied.length;
    await waitUntil(async () => (await b.projector.lag()).every((l) => l.running));
    // A live process would notice within one lease interval; a dead one runs nothing anyway.
    await waitUntil(async () => (await a.projector.lag()).every((l) => !l.running));
    store.load(Array.from({ length: 20 }, (_, i) => unit(f, 100 + i)));
    await b.projector.waitForPosition(await store.headPosition());
    expect(new Set(applied.slice(mark).filter((x) => x.projection === 'audit-trail').map((x) => x.instance))).toEqual(new Set(['B']));
    expect((await a.projector.lag()).every((l) => !l.running && l.standby)).toBe(true);
    expect(await trail(b.rs)).toEqual(store.events.map((e) => e.position));
  });

  it('lets the first instance take the projections back only after the second one stops', async () => {
    const [a, b] = instances;
    await b.projector.stop();
    await waitUntil(async () => (await a.projector.lag()).every((l) => l.running));
    store.load([unit(f, 500)]);
    await a.projector.waitForPosition(await store.headPosition());
    expect(await trail(a.rs)).toEqual(store.events.map((e) => e.position));
  });
});

/** Backends holding one of the projections' advisory locks (namespace "chit"). */
async function lockHolders(admin: pg.Client): Promise<number[]> {
  const { rows } = await admin.query<{ pid: number }>("SELECT DISTINCT pid FROM pg_locks WHERE locktype = 'advisory' AND classid = x'63686974'::int AND granted");
  return rows.map((r) => r.pid);
}
