import { AppProcess } from './support/app-process';
import { ThrowawayCluster } from './support/pg-cluster';
import { send, startClients, statusOf, tally, type Sent } from './support/load';
import { sleep, waitFor } from './support/net';
import { compareWithRebuild, eventsByCorrelation, sqlOne, waitForCatchUp } from './support/store-check';
import { buildReportingWorld, cumulativePeriod, FAULT_SECRET, unitToken, type ReportingWorld } from './support/world';

/**
 * The standalone app on PostgreSQL, killed with SIGKILL while 32 clients submit reports, then
 * restarted. What a client was told must be what the store holds.
 */
jest.setTimeout(240_000);
const CLIENTS = 32;

describe('SIGKILL of the standalone app under 32 clients (PostgreSQL)', () => {
  let cluster: ThrowawayCluster;
  let app: AppProcess;
  let world: ReportingWorld;
  const sent: Sent[] = [];
  const env = () => ({ DATABASE_URL: cluster.url(), JWT_SECRET: FAULT_SECRET, SEED_SAMPLE_DATA: 'false', WRITE_RATE_LIMIT_PER_MINUTE: '0' });

  beforeAll(async () => {
    cluster = await ThrowawayCluster.create();
    app = await AppProcess.spawn('apps/standalone/src/main.js', env());
    await app.ready();
    world = await buildReportingWorld(app.url, CLIENTS);
  });

  afterAll(async () => {
    await app?.kill('SIGKILL');
    cluster?.destroy();
  });

  it('kills the app mid-load and restarts it on the same data', async () => {
    const load = startClients(() => app.url, CLIENTS, (client, n) => {
      const { id, unit } = world.indicators[client];
      return { path: `/api/v1/indicators/${id}/reports`, token: unitToken(unit), body: { period: cumulativePeriod(n), value: 1000 + n, note: `client ${client} report ${n}` } };
    });
    // Kill once the load is well under way, so commands are in flight at every stage.
    await waitFor(async () => load.acknowledged() >= 300, 60_000, 20);
    const killed = await app.kill('SIGKILL');
    await load.stop();
    sent.push(...load.sent);
    expect(killed.signal).toBe('SIGKILL');
    expect(load.acknowledged()).toBeGreaterThanOrEqual(300);

    // eslint-disable-next-line require-atomic-updates -- the one test that replaces the app
    app = await AppProcess.spawn('apps/standalone/src/main.js', env(), Number(new URL(app.url).port));
    await app.ready();
  });

  it('keeps every acknowledged report exactly once and no rejected one', async () => {
    const stored = await eventsByCorrelation(cluster.url());
    const acked = sent.filter((s) => statusOf(s.outcome) === 201);
    const rejected = sent.filter((s) => s.outcome.kind === 'response' && s.outcome.status !== 201);
    for (const s of acked) expect({ c: s.correlationId, ids: stored.get(s.correlationId) }).toEqual({ c: s.correlationId, ids: s.outcome.kind === 'response' ? s.outcome.body.eventIds : [] });
    for (const s of rejected) expect({ c: s.correlationId, status: statusOf(s.outcome), ids: stored.get(s.correlationId) }).toEqual({ c: s.correlationId, status: statusOf(s.outcome), ids: undefined });
    console.info(`SIGKILL run: ${sent.length} sent, outcomes ${JSON.stringify(tally(sent))}, ${acked.length} acknowledged, ${acked.filter((s) => stored.has(s.correlationId)).length} found, lost ${acked.filter((s) => !stored.has(s.correlationId)).length}`);
  });

  it('records each command cut off by the kill exactly once when the client retries with its Idempotency-Key', async () => {
    const cut = sent.filter((s) => s.outcome.kind === 'no_response');
    expect(cut.length).toBeGreaterThan(0);
    const before = await eventsByCorrelation(cluster.url());
    for (const s of cut) s.retry = await send(app.url, s);
    const after = await eventsByCorrelation(cluster.url());
    for (const s of cut) {
      const body = s.retry?.kind === 'response' ? s.retry.body : undefined;
      expect({ c: s.correlationId, status: statusOf(s.retry), ids: after.get(s.correlationId) }).toEqual({ c: s.correlationId, status: 201, ids: body?.eventIds });
    }
    const recordedBeforeRetry = cut.filter((s) => before.has(s.correlationId)).length;
    console.info(`SIGKILL run: ${cut.length} cut off without a response; ${recordedBeforeRetry} had been recorded before the retry, ${cut.length - recordedBeforeRetry} were recorded by it`);
  });

  it('holds as many reports as commands acknowledged, and read models equal to a fresh replay after catch-up', async () => {
    const acknowledged = sent.filter((s) => statusOf(s.outcome) === 201 || statusOf(s.retry) === 201).length;
    const { n } = await sqlOne<{ n: string }>(cluster.url(), "SELECT count(*)::text AS n FROM events WHERE type = 'ValueReported'");
    expect(Number(n)).toBe(acknowledged);
    const head = await waitForCatchUp(cluster.url());
    const report = await compareWithRebuild(cluster.url());
    expect(report.projections.flatMap((p) => p.tables.filter((t) => t.onlyLive + t.onlyReplayed > 0))).toEqual([]);
    expect(report.ok).toBe(true);
    expect([...report.checkpoints.values()].every((p) => p === head)).toBe(true);
    const trail = await sqlOne<{ rows: string; distinct: string; events: string }>(
      cluster.url(),
      'SELECT (SELECT count(*) FROM rm_audit_trail)::text AS rows, (SELECT count(DISTINCT event_id) FROM rm_audit_trail)::text AS distinct, (SELECT count(*) FROM events)::text AS events',
    );
    expect(trail).toEqual({ rows: trail.events, distinct: trail.events, events: trail.events });
    await sleep(0);
  });
});
