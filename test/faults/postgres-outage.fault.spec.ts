import { writeFileSync } from 'node:fs';
import { AppProcess } from './support/app-process';
import { call } from './support/http';
import { send, startClients, statusOf, tally, type Sent } from './support/load';
import { sleep, waitFor } from './support/net';
import { ThrowawayCluster } from './support/pg-cluster';
import { compareWithRebuild, eventsByCorrelation, waitForCatchUp } from './support/store-check';
import { buildReportingWorld, cumulativePeriod, FAULT_SECRET, unitToken, type ReportingWorld } from './support/world';

/**
 * PostgreSQL stopped (immediate: a crash) under load, then started again. The app must answer
 * 503 with Retry-After while it is down, never 500, never hang; reconnect by itself; and lose
 * nothing it acknowledged.
 */
jest.setTimeout(240_000);
const CLIENTS = 16;
const REQUEST_TIMEOUT_MS = 5000;

describe('PostgreSQL stopped and started under load', () => {
  let cluster: ThrowawayCluster;
  let app: AppProcess;
  let world: ReportingWorld;
  let sent: Sent[] = [];
  const health: { phase: string; status: number | 'none'; body: string }[] = [];

  beforeAll(async () => {
    cluster = await ThrowawayCluster.create();
    app = await AppProcess.spawn('apps/standalone/src/main.js', {
      DATABASE_URL: cluster.url(), JWT_SECRET: FAULT_SECRET, SEED_SAMPLE_DATA: 'false', WRITE_RATE_LIMIT_PER_MINUTE: '0', REQUEST_TIMEOUT_MS: String(REQUEST_TIMEOUT_MS),
    });
    await app.ready();
    world = await buildReportingWorld(app.url, CLIENTS, 4);
  });

  afterAll(async () => {
    await app?.kill('SIGKILL');
    if (process.env.FAULT_LOG) writeFileSync(process.env.FAULT_LOG, app.output);
    cluster?.destroy();
  });

  const probeHealth = async (phase: string) => {
    const res = await call(app.url, 'GET', '/api/health', { timeoutMs: REQUEST_TIMEOUT_MS });
    health.push({ phase, status: statusOf(res), body: res.kind === 'response' ? String(res.body?.status) : res.error });
    return res;
  };

  it('runs the load through an outage of about 6 seconds', async () => {
    const load = startClients(() => app.url, CLIENTS, (client, n) => {
      const { id, unit } = world.indicators[client];
      return { path: `/api/v1/indicators/${id}/reports`, token: unitToken(unit), body: { period: cumulativePeriod(n), value: n } };
    }, 1500, REQUEST_TIMEOUT_MS * 2);
    await waitFor(async () => load.acknowledged() >= 150, 60_000, 20);
    await probeHealth('before');
    cluster.stop('immediate');
    const downSince = Date.now();
    while (Date.now() - downSince < 6000) {
      await probeHealth('down');
      await sleep(500);
    }
    const ackedWhileDown = load.acknowledged();
    cluster.start();
    const healthy = await waitFor(async () => (await probeHealth('after')).kind === 'response' && health.at(-1)!.body === 'ok', 30_000, 250);
    const ackedAtRestart = load.acknowledged();
    await waitFor(async () => load.acknowledged() >= ackedAtRestart + 100, 30_000, 50);
    await load.stop();
    sent = load.sent;
    console.info(`PostgreSQL outage run: ${sent.length} sent, outcomes ${JSON.stringify(tally(sent))}; acknowledged ${ackedWhileDown} before the restart, ${load.acknowledged()} in all; health ${summarise(health)}`);
    expect(healthy).toBe(true);
    expect(load.acknowledged()).toBeGreaterThan(ackedAtRestart);
  });

  it('answered every request, never with 500, and every 503 carried Retry-After within the request timeout', () => {
    const statuses = new Set(sent.map((s) => statusOf(s.outcome)));
    expect([...statuses].filter((s) => s !== 201 && s !== 503)).toEqual([]);
    const unavailable = sent.filter((s) => statusOf(s.outcome) === 503);
    expect(unavailable.length).toBeGreaterThan(0);
    for (const s of unavailable) {
      if (s.outcome.kind !== 'response') continue;
      expect({ retryAfter: s.outcome.headers.get('retry-after'), code: s.outcome.body?.code }).toEqual({ retryAfter: expect.stringMatching(/^\d+$/), code: 'STORE.UNAVAILABLE' });
    }
    expect(Math.max(...sent.map((s) => s.outcome.ms))).toBeLessThan(REQUEST_TIMEOUT_MS + 1000);
  });

  it('reported health down (503) while PostgreSQL was stopped, then degraded or ok (200), then ok', () => {
    expect(health.filter((h) => h.phase === 'before').map((h) => h.status)).toEqual([200]);
    const down = health.filter((h) => h.phase === 'down');
    expect(down.length).toBeGreaterThan(3);
    expect(down.every((h) => h.status === 503 && h.body === 'down')).toBe(true);
    const after = health.filter((h) => h.phase === 'after');
    expect(after.every((h) => h.status === 'none' || h.status === 503 || (h.status === 200 && ['ok', 'degraded'].includes(h.body)))).toBe(true);
    expect(after.at(-1)).toEqual({ phase: 'after', status: 200, body: 'ok' });
  });

  it('kept every acknowledged report exactly once, none refused, and each refused one lands once on retry', async () => {
    const stored = await eventsByCorrelation(cluster.url());
    const acked = sent.filter((s) => statusOf(s.outcome) === 201);
    for (const s of acked) expect({ c: s.correlationId, ids: stored.get(s.correlationId) }).toEqual({ c: s.correlationId, ids: s.outcome.kind === 'response' ? s.outcome.body.eventIds : [] });
    const refused = sent.filter((s) => statusOf(s.outcome) !== 201);
    expect(refused.filter((s) => stored.has(s.correlationId)).map((s) => s.correlationId)).toEqual([]);
    for (const s of refused) s.retry = await send(app.url, s);
    const after = await eventsByCorrelation(cluster.url());
    for (const s of refused) {
      const ids = s.retry?.kind === 'response' ? s.retry.body?.eventIds : undefined;
      expect({ c: s.correlationId, status: statusOf(s.retry), ids: after.get(s.correlationId) }).toEqual({ c: s.correlationId, status: 201, ids });
    }
    console.info(`PostgreSQL outage run: ${acked.length} acknowledged, ${acked.filter((s) => stored.has(s.correlationId)).length} found, ${refused.length} refused and retried, lost 0`);
  });

  it('caught the read models up after the outage, equal to a fresh replay', async () => {
    await waitForCatchUp(cluster.url());
    const report = await compareWithRebuild(cluster.url());
    expect(report.projections.flatMap((p) => p.tables.filter((t) => t.onlyLive + t.onlyReplayed > 0))).toEqual([]);
  });
});

function summarise(h: { phase: string; status: number | 'none' }[]): string {
  return h.map((x) => `${x.phase}:${x.status}`).filter((x, i, a) => a[i - 1] !== x).join(' → ');
}
