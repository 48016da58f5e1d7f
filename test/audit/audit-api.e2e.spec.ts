import { Module, type DynamicModule } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { FastifyAdapter, type NestFastifyApplication } from '@nestjs/platform-fastify';
import { DocumentBuilder, SwaggerModule } from '@nestjs/swagger';
import { createDatabase, runMigrations, type Database } from '@chitieu/database';
import { PostgresEventStore } from '@chitieu/event-store';
import { loadConfig, PlatformModule, TokenService } from '@chitieu/http';
import { ALL_PROJECTIONS, createReadStore, Projector, readSideMigrations } from '@chitieu/read-side';
import { AuditModule, sealDigest, SealScheduler } from '@chitieu/audit';
import { randomUUID } from 'node:crypto';
import { meta, rowOf, visible } from './audit-fixture';
import { appendScenario } from './program-scenario';

const SECRET = 'audit-e2e-secret-audit-e2e-secret-0123456789';

@Module({})
class AuditTestApp {
  static of(options: Parameters<typeof PlatformModule.forRoot>[0]): DynamicModule {
    return { module: AuditTestApp, imports: [PlatformModule.forRoot(options), AuditModule] };
  }
}

describe('auditor API over HTTP', () => {
  let db: Database;
  let store: PostgresEventStore;
  let app: NestFastifyApplication;
  let base: string;
  const tokens = new TokenService(SECRET, '1h');
  const auditor = tokens.sign({ sub: 'inspector-1', role: 'auditor', unit: null });

  const get = async (path: string, token: string | null = auditor, method = 'GET') => {
    const res = await fetch(`${base}${path}`, { method, headers: token ? { authorization: `Bearer ${token}` } : {} });
    return { status: res.status, headers: res.headers, body: (await res.json()) as any }; // eslint-disable-line @typescript-eslint/no-explicit-any
  };

  beforeAll(async () => {
    const config = loadConfig({ PORT: '0', HOST: '127.0.0.1', DATA_DIR: 'memory://', JWT_SECRET: SECRET, LOG_LEVEL: 'silent', SEAL_INTERVAL_MINUTES: '0' });
    db = await createDatabase({ dataDir: 'memory://' });
    store = await PostgresEventStore.open(db);
    await runMigrations(db, readSideMigrations(ALL_PROJECTIONS));
    await appendScenario(store);
    const rs = await createReadStore(db);
    const projector = new Projector(store, rs, ALL_PROJECTIONS);
    await projector.start();
    await projector.waitForPosition(await store.headPosition(), 20_000);
    await projector.stop();
    await rs.close();
    // Nest's own factory: the shared bootstrap also serves Swagger UI, which needs @fastify/static.
    app = await NestFactory.create<NestFastifyApplication>(AuditTestApp.of({ config, database: db, store, jwtSecret: SECRET }), new FastifyAdapter(), { logger: false });
    await app.listen(0, '127.0.0.1');
    const address = app.getHttpServer().address();
    base = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
  });
  afterAll(async () => {
    await app.close();
    await store.close();
    await db.close();
  });

  it('refuses a unit user and an anonymous caller', async () => {
    expect((await get('/api/v1/audit/verify', tokens.sign({ sub: 'u', role: 'unit', unit: 'SYT' }))).status).toBe(403);
    expect((await get('/api/v1/audit/verify', null)).status).toBe(401);
  });

  it('lists events with their hashes, filtered by unit, paged by cursor', async () => {
    const page = await get('/api/v1/audit/events?unit=SLDTBXH&limit=1');
    expect(page.status).toBe(200);
    expect(page.body.events).toEqual([expect.objectContaining({ type: 'ValueReported', hash: expect.stringMatching(/^[0-9a-f]{64}$/) })]);
    expect(page.body.nextCursor).toBeNull();
    const all = await get('/api/v1/audit/events?limit=5');
    expect(all.body.events).toHaveLength(5);
    const rest = await get(`/api/v1/audit/events?limit=5&after=${all.body.nextCursor}`);
    expect(rest.body.events).toHaveLength(3);
  });

  it('answers a bad filter with a problem naming the field', async () => {
    const res = await get('/api/v1/audit/events?recordedFrom=yesterday');
    expect(res.status).toBe(400);
    expect(res.body).toMatchObject({ code: 'AUDIT.INVALID_INPUT', field: 'recordedFrom' });
    expect((await get('/api/v1/audit/events?colour=red')).body).toMatchObject({ code: 'AUDIT.UNKNOWN_FILTER', field: 'colour' });
  });

  it('verifies, lists the seals and proves an event against the seal that covers it', async () => {
    const { text } = await sealDigest(store);
    const verify = await get(`/api/v1/audit/verify?digest=${encodeURIComponent(text)}`);
    expect(verify.body).toMatchObject({ ok: true, eventsChecked: 9, chainFaults: [] });
    expect((await get('/api/v1/audit/digests')).body).toEqual([expect.objectContaining({ text, eventCount: 8 })]);
    const e = await rowOf(db, 'indicator-hn-08-ctr-tu.CT01', 2);
    const proof = await get(`/api/v1/audit/proofs/${e.eventId}`);
    expect(proof.body).toMatchObject({ digest: text, verified: true, position: e.position.toString() });
    expect((await get('/api/v1/audit/proofs/not-a-uuid')).body).toMatchObject({ code: 'AUDIT.INVALID_EVENT_ID', field: 'eventId' });
  });

  it('runs a replay as a job and reports no drift when it is done', async () => {
    const started = await get('/api/v1/audit/replays', auditor, 'POST');
    expect(started.status).toBe(202);
    expect(started.headers.get('location')).toBe(`/api/v1/audit/replays/${started.body.id}`);
    let job = started.body;
    for (let i = 0; i < 100 && job.status === 'running'; i += 1) {
      await new Promise((r) => setTimeout(r, 100));
      job = (await get(`/api/v1/audit/replays/${started.body.id}`)).body;
    }
    expect(job).toMatchObject({ status: 'no_drift', result: { ok: true }, progress: { events: 8 } }); // up to the live checkpoints, before the seal
    expect((await get('/api/v1/audit/replays/00000000-0000-0000-0000-000000000000')).status).toBe(404);
  });

  it('describes its routes in the OpenAPI document', () => {
    const doc = SwaggerModule.createDocument(app, new DocumentBuilder().build());
    expect(Object.keys(doc.paths)).toEqual(expect.arrayContaining(['/api/v1/audit/events', '/api/v1/audit/verify', '/api/v1/audit/replays', '/api/v1/audit/replays/{id}', '/api/v1/audit/digests', '/api/v1/audit/proofs/{eventId}']));
  });

  it('seals when its scheduler ticks, and only when something new was recorded', async () => {
    const before = (await store.readStream('audit-digests')).length;
    await app.get(SealScheduler).tick();
    expect(await store.readStream('audit-digests')).toHaveLength(before);
    const { lastPosition } = await store.append('unit-SYT', [{ eventId: randomUUID(), type: 'UnitRenamed', data: { code: 'SYT' }, metadata: meta('sec-1', null) }], { expectedVersion: 'any' });
    await visible(store, lastPosition);
    await app.get(SealScheduler).tick();
    const seals = await store.readStream('audit-digests');
    expect(seals).toHaveLength(before + 1);
    expect(seals.at(-1)!.metadata.actor).toBe('system:seal-scheduler');
  });
});
