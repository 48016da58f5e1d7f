import { AppProcess } from './support/app-process';
import { appendBacklog } from './support/backlog';
import { sleep, waitFor } from './support/net';
import { ThrowawayCluster } from './support/pg-cluster';
import { compareWithRebuild, sqlOne, waitForCatchUp } from './support/store-check';

/**
 * A projector process killed with SIGKILL: once inside a batch transaction after the read-model
 * rows were written and before the checkpoint, then three times at random moments while it
 * catches up a backlog in batches. After a clean restart nothing is applied twice or skipped.
 */
jest.setTimeout(240_000);
const CHILD = 'test/faults/support/projector-child.js';

describe('projector killed mid-batch and between write and checkpoint (PostgreSQL)', () => {
  let cluster: ThrowawayCluster;
  let events = 0;
  const env = () => ({ DATABASE_URL: cluster.url(), BATCH_SIZE: '50' });
  const trail = () =>
    sqlOne<{ rows: string; distinct: string; checkpoint: string; upto: string }>(
      cluster.url(),
      `SELECT (SELECT count(*) FROM rm_audit_trail)::text AS rows, (SELECT count(DISTINCT position) FROM rm_audit_trail)::text AS distinct,
              (SELECT position FROM projection_checkpoints WHERE name = 'audit-trail')::text AS checkpoint,
              (SELECT count(*) FROM events WHERE position <= coalesce((SELECT position FROM projection_checkpoints WHERE name = 'audit-trail'), 0))::text AS upto`,
    );

  beforeAll(async () => {
    cluster = await ThrowawayCluster.create();
    events = await appendBacklog(cluster.url(), 24, 120);
  });
  afterAll(() => cluster?.destroy());

  it('killed after writing the rows of its 3rd batch, before the checkpoint: the batch is rolled back whole', async () => {
    const child = await AppProcess.spawn(CHILD, { ...env(), KILL_AFTER_WRITE: '3' });
    const exit = await child.exited;
    expect(exit.signal).toBe('SIGKILL');
    expect(child.output).toMatch(/batch 3 /);
    const t = await trail();
    // Two batches committed with their checkpoint; the third's rows went with its transaction.
    expect(t).toEqual({ rows: '100', distinct: '100', checkpoint: t.checkpoint, upto: '100' });
  });

  it('killed three times at random moments while catching up: each restart resumes at its checkpoint', async () => {
    const seen: string[] = [];
    for (let round = 0; round < 3; round++) {
      const child = await AppProcess.spawn(CHILD, env());
      // Once it is applying batches, at a random moment: inside a transaction most of the time.
      await waitFor(async () => /batch \d+ /.test(child.output) || !child.running, 30_000, 5);
      await sleep(Math.random() * 400);
      await child.kill('SIGKILL');
      const t = await trail();
      expect(t.rows).toBe(t.distinct);
      expect(t.rows).toBe(t.upto);
      seen.push(t.rows);
    }
    console.info(`projector kills: audit-trail rows after each kill ${seen.join(', ')} of ${events} events`);
    expect(Number(seen[2])).toBeLessThan(events);
  });

  it('after a clean restart every event is applied exactly once and the read models equal a fresh replay', async () => {
    const child = await AppProcess.spawn(CHILD, env());
    try {
      const head = await waitForCatchUp(cluster.url(), 120_000);
      const t = await trail();
      expect(t).toEqual({ rows: String(events), distinct: String(events), checkpoint: head.toString(), upto: String(events) });
      const report = await compareWithRebuild(cluster.url());
      expect(report.projections.flatMap((p) => p.tables.filter((x) => x.onlyLive + x.onlyReplayed > 0))).toEqual([]);
      expect(report.ok).toBe(true);
    } finally {
      await child.kill('SIGTERM');
    }
  });
});
