import { AppProcess } from './support/app-process';
import { appendBacklog, appendMoreReports } from './support/backlog';
import { call } from './support/http';
import { waitFor } from './support/net';
import { ThrowawayCluster } from './support/pg-cluster';
import { compareWithRebuild, sqlOne, waitForCatchUp } from './support/store-check';
import { FAULT_SECRET } from './support/world';

/**
 * Two projector services (apps/projector) on one PostgreSQL database: one runs the read models,
 * the other stands by; SIGKILL the one running, and the other takes over from the checkpoints.
 */
jest.setTimeout(240_000);

/** Which projections a process runs now, from its /metrics. */
async function running(app: AppProcess): Promise<string[]> {
  const res = await call(app.url, 'GET', '/metrics', { timeoutMs: 5000 });
  if (res.kind !== 'response') return [];
  return [...res.text.matchAll(/^chitieu_projection_running\{projection="([^"]+)"\} 1$/gm)].map((m) => m[1]);
}

describe('two projector processes on one database', () => {
  let cluster: ThrowawayCluster;
  const apps: AppProcess[] = [];
  let events = 0;
  const spawn = async () => {
    const app = await AppProcess.spawn('apps/projector/src/main.js', { DATABASE_URL: cluster.url(), JWT_SECRET: FAULT_SECRET });
    apps.push(app);
    await app.ready();
    return app;
  };
  const trail = () => sqlOne<{ rows: string; distinct: string; events: string }>(cluster.url(),
    'SELECT (SELECT count(*) FROM rm_audit_trail)::text AS rows, (SELECT count(DISTINCT position) FROM rm_audit_trail)::text AS distinct, (SELECT count(*) FROM events)::text AS events');

  beforeAll(async () => {
    cluster = await ThrowawayCluster.create();
    events = await appendBacklog(cluster.url(), 8, 100);
  });
  afterAll(async () => {
    for (const app of apps) await app.kill('SIGKILL');
    cluster?.destroy();
  });

  it('runs every projection in exactly one of the two processes', async () => {
    const [a, b] = [await spawn(), await spawn()];
    await waitForCatchUp(cluster.url());
    const [ra, rb] = [await running(a), await running(b)];
    expect([ra.length, rb.length].sort()).toEqual([0, 5]);
    expect(await trail()).toEqual({ rows: String(events), distinct: String(events), events: String(events) });
    const standby = ra.length === 0 ? a : b;
    const health = await call(standby.url, 'GET', '/api/health');
    expect(health.kind === 'response' && health.status).toBe(200);
  });

  it('hands over to the standby when the running process is killed, applying nothing twice and skipping nothing', async () => {
    const [a, b] = apps;
    const [active, standby] = (await running(a)).length > 0 ? [a, b] : [b, a];
    await active.kill('SIGKILL');
    expect(await waitFor(async () => (await running(standby)).length === 5, 30_000)).toBe(true);
    const appended = await appendMoreReports(cluster.url(), 8, 100, 25);
    events += appended;
    await waitForCatchUp(cluster.url());
    expect(await trail()).toEqual({ rows: String(events), distinct: String(events), events: String(events) });
    const report = await compareWithRebuild(cluster.url());
    expect(report.ok).toBe(true);
  });

  it('a restarted process stands by while the other one runs', async () => {
    const restarted = await spawn();
    await new Promise((r) => setTimeout(r, 3000));
    expect(await running(restarted)).toEqual([]);
  });
});
