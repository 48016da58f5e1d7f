import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createDatabase } from '@chitieu/database';
import { AppProcess } from './support/app-process';
import { send, startClients, statusOf, tally, type Sent } from './support/load';
import { waitFor } from './support/net';
import { buildReportingWorld, cumulativePeriod, FAULT_SECRET, unitToken, type ReportingWorld } from './support/world';

/**
 * The embedded engine: the standalone app on PGlite in a data directory, killed with SIGKILL
 * under load three times. Every restart must open the directory, and every acknowledged report
 * must be there. (A kill is not a power cut: PGlite does not fsync, see docs/RELIABILITY.md.)
 */
jest.setTimeout(300_000);
const CLIENTS = 8;
const ROUNDS = 3;

describe('SIGKILL of the app on embedded PGlite, three times', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'chitieu-fault-pglite-'));
  let app: AppProcess | null = null;
  let world: ReportingWorld;
  const sent: Sent[] = [];
  const start = async () => {
    app = await AppProcess.spawn('apps/standalone/src/main.js', { DATA_DIR: dataDir, JWT_SECRET: FAULT_SECRET, SEED_SAMPLE_DATA: 'false', WRITE_RATE_LIMIT_PER_MINUTE: '0' });
    await app.ready(120_000);
    return app;
  };

  afterAll(async () => {
    await app?.kill('SIGKILL');
    rmSync(dataDir, { recursive: true, force: true });
  });

  it.each(Array.from({ length: ROUNDS }, (_, i) => i + 1))('round %i: load, SIGKILL, and the restart opens the data directory', async (round) => {
    const running = await start();
    if (round === 1) world = await buildReportingWorld(running.url, CLIENTS, 4);
    // Commands cut off by the previous kill are retried with their Idempotency-Key first.
    for (const s of sent.filter((x) => x.outcome.kind === 'no_response' && !x.retry)) s.retry = await send(running.url, s);
    const load = startClients(() => running.url, CLIENTS, (client, n) => {
      const { id, unit } = world.indicators[client];
      return { path: `/api/v1/indicators/${id}/reports`, token: unitToken(unit), body: { period: cumulativePeriod(round * 500 + n), value: n } };
    }, 400);
    await waitFor(async () => load.acknowledged() >= 60, 60_000, 20);
    expect((await running.kill('SIGKILL')).signal).toBe('SIGKILL');
    await load.stop();
    sent.push(...load.sent);
    app = null;
  });

  it('restarts once more, answers the last cut-off commands, and holds every acknowledged report exactly once', async () => {
    const running = await start();
    for (const s of sent.filter((x) => x.outcome.kind === 'no_response' && !x.retry)) s.retry = await send(running.url, s);
    const health = await fetch(`${running.url}/api/health`).then((r) => r.json() as Promise<{ status: string }>);
    expect(health.status).not.toBe('down');
    await running.kill('SIGTERM');
    app = null;

    const db = await createDatabase({ dataDir });
    try {
      const { rows } = await db.pool.query<{ c: string; n: string }>("SELECT metadata->>'correlationId' AS c, count(*)::text AS n FROM events GROUP BY 1");
      const stored = new Map(rows.map((r) => [r.c, Number(r.n)]));
      const acked = sent.filter((s) => statusOf(s.outcome) === 201 || statusOf(s.retry) === 201);
      const refused = sent.filter((s) => s.outcome.kind === 'response' && s.outcome.status !== 201);
      expect(sent.filter((s) => s.outcome.kind === 'no_response' && statusOf(s.retry) !== 201)).toEqual([]);
      expect(acked.filter((s) => stored.get(s.correlationId) !== 1).map((s) => s.correlationId)).toEqual([]);
      expect(refused.filter((s) => stored.has(s.correlationId)).map((s) => s.correlationId)).toEqual([]);
      console.info(`PGlite kills: ${ROUNDS} rounds, ${sent.length} sent, outcomes ${JSON.stringify(tally(sent))}, ${acked.length} acknowledged (with retries), all found once, lost 0`);
    } finally {
      await db.close();
    }
  });
});
