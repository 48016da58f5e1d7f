/**
 * A projector process for the fault tests (compiled with the apps): runs every projection on
 * DATABASE_URL and, when KILL_AFTER_WRITE=n, kills itself with SIGKILL inside the n-th batch
 * transaction of the audit trail, after its rows are written and before its checkpoint.
 */
import { createDatabase } from '@chitieu/database';
import { PostgresEventStore } from '@chitieu/event-store';
import { ALL_PROJECTIONS, createReadStore, Projector } from '@chitieu/read-side';

async function main(): Promise<void> {
  const database = await createDatabase({ databaseUrl: process.env.DATABASE_URL, dataDir: 'unused', poolSize: 4 });
  const store = new PostgresEventStore(database);
  const readStore = await createReadStore(database);
  const killAt = Number(process.env.KILL_AFTER_WRITE ?? 0);
  let batches = 0;
  const projector = new Projector(store, readStore, ALL_PROJECTIONS, {
    batchSize: Number(process.env.BATCH_SIZE ?? 50),
    afterWrite: async (name, events) => {
      if (name !== 'audit-trail') return;
      batches += 1;
      process.stdout.write(`batch ${batches} ${events[0].position}..${events[events.length - 1].position}\n`);
      if (batches === killAt) process.kill(process.pid, 'SIGKILL');
    },
  });
  await projector.start();
  process.stdout.write('projector started\n');
  process.once('SIGTERM', () => {
    void projector.stop().then(() => process.exit(0));
  });
}

main().catch((err: unknown) => {
  process.stderr.write(`projector child failed: ${err instanceof Error ? err.stack : String(err)}\n`);
  process.exit(1);
});
